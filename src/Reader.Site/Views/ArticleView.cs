using Reader.Site.Text;

namespace Reader.Site.Views;

public sealed record ArticleView
{
    /// <summary>The article's kind as a class name ("interview"), so questions and answers can be set as a dialogue.</summary>
    public required string KindClass { get; init; }

    public required string Title { get; init; }

    /// <summary>The article is a draft, shown only by a preview: the page says so above everything else.</summary>
    public bool IsDraft { get; init; }

    public string? Subtitle { get; init; }

    /// <summary>"Interview", "Abstract" … shown above the title; null for plain articles and when the subtitle already says it.</summary>
    public string? KindLabel { get; init; }

    public required IReadOnlyList<BylineSegmentView> Byline { get; init; }

    public required string DateText { get; init; }

    public string? DateIso { get; init; }

    public string? Publisher { get; init; }

    /// <summary>Where the article first appeared, when not with its publisher here.</summary>
    public string? OriginalPublisher { get; init; }

    /// <summary>Where the piece was published, in words: "A chapter in a book published by A, read on B"; says so when no publisher is stated.</summary>
    public required string PublicationText { get; init; }

    /// <summary>Said when only part of the original is reproduced (a chapter's summary and introduction).</summary>
    public string? ExcerptText { get; init; }

    public string? SourceUrl { get; init; }


    /// <summary>The credited people with what their pages say of them, for the cards after the text.</summary>
    public required IReadOnlyList<PersonCardView> People { get; init; }

    /// <summary>"About the author", "About the authors", or "About the people" when they had different roles.</summary>
    public required string PeopleHeading { get; init; }

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
