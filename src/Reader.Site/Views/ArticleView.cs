using Reader.Site.Text;

namespace Reader.Site.Views;

public sealed record ArticleView
{
    public required string Title { get; init; }

    /// <summary>The article is a draft, shown only by a preview: the page says so above everything else.</summary>
    public bool IsDraft { get; init; }

    public string? Subtitle { get; init; }

    /// <summary>"Interview", "Abstract" … shown above the title; null for plain articles.</summary>
    public string? KindLabel { get; init; }

    public required IReadOnlyList<BylineSegmentView> Byline { get; init; }

    public required string DateText { get; init; }

    public string? DateIso { get; init; }

    public string? Publisher { get; init; }

    /// <summary>"Originally published by …", when the article first appeared elsewhere.</summary>
    public string? OriginallyPublished { get; init; }

    public string? SourceUrl { get; init; }

    public required IReadOnlyList<LinkView> Themes { get; init; }

    public required string ReadingTime { get; init; }

    /// <summary>The article's EPUB, beside its page.</summary>
    public required string EpubUrl { get; init; }

    public string? Standfirst { get; init; }

    /// <summary>Rendered by Markdig from the article's Markdown, by the page's <see cref="Rendering.Page.Complete"/> step.</summary>
    public string BodyHtml { get; init; } = "";

    /// <summary>Stands for <see cref="BodyHtml"/> until it is rendered: the same key, the same body.</summary>
    public required string BodyKey { get; init; }

    /// <summary>The sections, when there are enough of them to be worth a table of contents.</summary>
    public IReadOnlyList<TocEntry>? Contents { get; init; }

    public required IReadOnlyList<ArticleCardView> Related { get; init; }

    public required CiteView Cite { get; init; }

    public required ProvenanceView Provenance { get; init; }

    /// <summary>The older and the newer neighbour by date, where there is one.</summary>
    public required IReadOnlyList<PagerLinkView> Pager { get; init; }
}
