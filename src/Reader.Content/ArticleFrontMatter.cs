namespace Reader.Content;

/// <summary>
/// The front matter of <c>input/articles/&lt;slug&gt;.md</c>: the contract between ingest, contributors and the site.
/// Keys are snake_case in YAML; only <see cref="Title"/> is required.
/// </summary>
public sealed record ArticleFrontMatter
{
    /// <summary>The article's own title, not the site's or the section's.</summary>
    public required string Title { get; init; }

    /// <summary>
    /// Whether ingest made the title from the page's text because the page states none (<c>title_derived: true</c>),
    /// and whether a maintainer has since read and acknowledged it (<c>title_derived: reviewed</c>).
    /// </summary>
    public DerivedTitle TitleDerived { get; init; }

    /// <summary>A subtitle or standfirst line, where the page has one.</summary>
    public string? Subtitle { get; init; }

    /// <summary>People who wrote it or were interviewed, with roles.</summary>
    public IReadOnlyList<AuthorCredit> Authors { get; init; } = [];

    /// <summary>Publication date (ISO 8601 <c>yyyy-MM-dd</c>), only when the source states it.</summary>
    public DateOnly? Date { get; init; }

    /// <summary>The site or press that published it.</summary>
    public string? Publisher { get; init; }

    /// <summary>For a chapter: the title of the book it is part of (<c>book</c>).</summary>
    public string? Book { get; init; }

    /// <summary>For a chapter: its number or label in the book (<c>chapter: 20</c>).</summary>
    public string? Chapter { get; init; }

    /// <summary>Only part of the original is reproduced, e.g. a chapter's summary and introduction (<c>excerpt: true</c>).</summary>
    public bool Excerpt { get; init; }

    /// <summary>Where it first appeared, when the page says it is reprinted.</summary>
    public string? OriginalPublisher { get; init; }

    /// <summary>One of <see cref="ArticleKinds.Known"/>: article | interview | abstract | chapter | op-ed | report …</summary>
    public string Kind { get; init; } = "article";

    /// <summary>Main language as a BCP 47 tag (<c>en</c>, <c>ru</c>, <c>ja</c>).</summary>
    public string Language { get; init; } = "en";

    /// <summary>Other languages that passages of the body are in; those passages carry <c>lang</c> in the body.</summary>
    public IReadOnlyList<string> OtherLanguages { get; init; } = [];

    /// <summary>Theme slugs; each must have a page in <c>input/themes/</c>.</summary>
    public IReadOnlyList<string> Themes { get; init; } = [];

    /// <summary>The page's own standfirst, abstract or summary, else its first paragraph.</summary>
    public string? Summary { get; init; }

    /// <summary>The book a chapter is in, or the journal or series an article or report appeared in.</summary>
    public string? ContainerTitle { get; init; }

    /// <summary>The editors of the book a chapter is in (the article's own editors are credited under <see cref="Authors"/>).</summary>
    public IReadOnlyList<string> Editors { get; init; } = [];

    /// <summary>The journal's volume.</summary>
    public string? Volume { get; init; }

    /// <summary>The journal's issue, or a report's number.</summary>
    public string? Issue { get; init; }

    /// <summary>The pages in the book or journal: <c>123–145</c> or <c>12</c>.</summary>
    public string? Pages { get; init; }

    /// <summary>The DOI, without a resolver: <c>10.1017/…</c>.</summary>
    public string? Doi { get; init; }

    /// <summary>The seed file this article was ingested from, relative to the project root.</summary>
    public string? Source { get; init; }

    /// <summary>The original web address, where known.</summary>
    public string? SourceUrl { get; init; }

    /// <summary>SHA-256 of the raw seed, so a changed seed is noticed instead of overwriting edits.</summary>
    public string? SourceSha256 { get; init; }

    /// <summary>When the seed was saved, as the page or the maintainer states it (ingest writes none: a file time does not survive a clone).</summary>
    public DateOnly? Captured { get; init; }

    /// <summary>What ingest's cleaning removed from the seed, in lines by rule (ingest's report, kept with the article).</summary>
    public IReadOnlyList<CleaningRemoval> RemovedLines { get; init; } = [];
    /// <summary>
    /// Not yet to be published (<c>draft: true</c>): <c>reader build</c> leaves the article out of the site entirely,
    /// <c>reader serve</c> shows it with a banner.
    /// </summary>
    public bool Draft { get; init; }

    /// <summary>
    /// Earlier slugs of the article (<c>aliases: [old-slug]</c>): each gets a page at <c>/articles/&lt;old-slug&gt;/</c>
    /// that sends readers on, so links published before a rename keep working.
    /// </summary>
    public IReadOnlyList<string> Aliases { get; init; } = [];
}
