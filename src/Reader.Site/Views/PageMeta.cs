namespace Reader.Site.Views;

/// <summary>What the base layout needs to know about a page: head tags, language and navigation state.</summary>
public sealed record PageMeta
{
    /// <summary>The document title, e.g. "Article title · Site".</summary>
    public required string Title { get; init; }

    public required string Description { get; init; }

    /// <summary>The language of the page's main text, for <c>&lt;html lang&gt;</c>.</summary>
    public required string Language { get; init; }

    public required string CanonicalUrl { get; init; }

    public required IReadOnlyList<NavItemView> Nav { get; init; }

    public IReadOnlyList<MetaTagView> OpenGraph { get; init; } = [];

    /// <summary>Citation tags (Highwire/Google Scholar), article pages only.</summary>
    public IReadOnlyList<MetaTagView> Citation { get; init; } = [];

    /// <summary>JSON-LD, already escaped so it cannot close its script element.</summary>
    public string? JsonLd { get; init; }

    public LinkView? Feed { get; init; }

    /// <summary>The JSON Feed beside <see cref="Feed"/>, announced with the same title.</summary>
    public string? JsonFeed { get; init; }

    public IReadOnlyList<LinkView> Breadcrumbs { get; init; } = [];

    /// <summary>The previous and next pages of a list split into pages, for <c>&lt;link rel="prev"&gt;</c> and <c>rel="next"</c>.</summary>
    public PagerView? Pager { get; init; }

    /// <summary>Search engines should not index this page (404, search, a draft, a redirect).</summary>
    public bool NoIndex { get; init; }

    /// <summary>Where a redirect page sends the browser at once (<c>&lt;meta http-equiv="refresh"&gt;</c>: no script is needed).</summary>
    public string? RefreshUrl { get; init; }
}
