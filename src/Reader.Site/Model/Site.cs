using Reader.Content;

namespace Reader.Site.Model;

/// <summary>Everything in <c>input/</c>, loaded and cross-referenced: what every page is rendered from.</summary>
public sealed record Site
{
    public required ReaderSettings Settings { get; init; }

    /// <summary>The collection's title from <c>input/index.md</c>, else the site title.</summary>
    public required string Title { get; init; }

    public string? Description { get; init; }

    /// <summary>The collection's introduction (Markdown) from the body of <c>input/index.md</c>.</summary>
    public string Introduction { get; init; } = "";

    /// <summary>Newest first, undated last.</summary>
    public required IReadOnlyList<Article> Articles { get; init; }

    public required Taxonomy Authors { get; init; }

    public required Taxonomy Themes { get; init; }

    /// <summary>The people of <c>input/people/</c>, alphabetical; those who are also authors share the author's page.</summary>
    public IReadOnlyList<Person> People { get; init; } = [];
}
