namespace Reader.Content;

/// <summary>
/// The front matter of <c>input/people/&lt;slug&gt;.md</c>: someone the articles are about (a leader, a minister),
/// whose mentions the site finds in the text. Only people a maintainer has written a file for are published.
/// </summary>
public sealed record PersonFrontMatter
{
    /// <summary>The name as displayed.</summary>
    public required string Name { get; init; }

    /// <summary>
    /// Other spellings in any script ("Путин", "プーチン", "普京", "Abe Shinzō"). A trailing star matches word endings,
    /// for inflected languages: <c>Путин*</c> finds Путина, Путину, Путиным.
    /// </summary>
    public IReadOnlyList<string> Aliases { get; init; } = [];

    /// <summary>One neutral line on who the person is.</summary>
    public string? Description { get; init; }

    public PartialDate? Born { get; init; }

    public PartialDate? Died { get; init; }

    /// <summary>Years in office, each <c>YYYY–YYYY</c> or <c>YYYY–</c> (still in office).</summary>
    public IReadOnlyList<string> InOffice { get; init; } = [];
}
