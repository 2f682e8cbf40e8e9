namespace Reader.Content;

/// <summary>The front matter of <c>input/authors/&lt;slug&gt;.md</c>; the Markdown body is the bio.</summary>
public sealed record AuthorFrontMatter
{
    /// <summary>The name as displayed.</summary>
    public required string Name { get; init; }

    /// <summary>Other spellings that mean the same person ("Abe Shinzō", "Shinzo Abe").</summary>
    public IReadOnlyList<string> Aliases { get; init; } = [];

    /// <summary>Institutions the person has written for or from.</summary>
    public IReadOnlyList<string> Affiliations { get; init; } = [];
}
