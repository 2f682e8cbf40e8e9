namespace Reader.Content;

/// <summary>
/// Site and folder settings, read from <c>statiq.json</c> at the project root. Keys use Statiq.Web's names
/// where they mean the same thing; every key is optional and falls back to the default shown here.
/// </summary>
public sealed record ReaderSettings
{
    /// <summary>The site's name, shown in every page title and the header. Default "Reader".</summary>
    public string SiteTitle { get; init; } = "Reader";

    /// <summary>One sentence describing the collection, used in meta descriptions and feeds.</summary>
    public string SiteDescription { get; init; } = "A curated reader.";

    /// <summary>The host name the site is published at (e.g. <c>example.org</c>), for absolute URLs in feeds, sitemap and canonical links.</summary>
    public string Host { get; init; } = "localhost";

    /// <summary>Whether absolute URLs use https. Default true.</summary>
    public bool LinksUseHttps { get; init; } = true;

    /// <summary>A sub-path the site is served under (e.g. <c>/reader</c> for a project site). Default empty.</summary>
    public string LinkRoot { get; init; } = "";

    /// <summary>Where scraped pages are read from. Default <c>seeds</c>.</summary>
    public string SeedsPath { get; init; } = "seeds";

    /// <summary>Where the Markdown content lives. Default <c>input</c>.</summary>
    public string InputPath { get; init; } = "input";

    /// <summary>Where the site is generated. Default <c>output</c>.</summary>
    public string OutputPath { get; init; } = "output";

    /// <summary>Folders holding templates and assets. Default <c>["theme"]</c>.</summary>
    public IReadOnlyList<string> ThemePaths { get; init; } = ["theme"];

    /// <summary>Where ingest writes its JSON report, outside <c>input/</c>. Default <c>reports/ingest.json</c>.</summary>
    public string ReportPath { get; init; } = "reports/ingest.json";

    /// <summary>Whether to write <c>sitemap.xml</c>. Default true.</summary>
    public bool GenerateSitemap { get; init; } = true;

    /// <summary>Whether to write the client-side search index. Default true.</summary>
    public bool GenerateSearchIndex { get; init; } = true;

    /// <summary>The language of the site's own text (BCP 47). Default <c>en</c>.</summary>
    public string SiteLanguage { get; init; } = "en";

    /// <summary>Articles shown on the home page. Default 10.</summary>
    public int HomeArticleCount { get; init; } = 10;

    /// <summary>Related articles shown under an article. Default 5.</summary>
    public int RelatedArticleCount { get; init; } = 5;

    /// <summary>
    /// Entries on each page of a long list (the archive, a theme's or an author's articles, the indexes of themes
    /// and authors); longer lists continue on <c>page/2/</c> and so on. Default 50.
    /// </summary>
    public int ArchivePageSize { get; init; } = 50;

    /// <summary>
    /// Articles in each feed (the site's, each author's and each theme's, Atom and JSON Feed alike), the newest, each
    /// in full. Default 20: feed readers look at recent entries, and a feed of every article would grow with the collection.
    /// </summary>
    public int FeedSize { get; init; } = 20;

    /// <summary>
    /// Articles in each theme's e-book and the collection's, the newest. Default 1,000: a book of some 5 MB. A book of
    /// every article would grow with the collection (100,000 articles, 500 MB), and each article has its own book.
    /// </summary>
    public int EbookSize { get; init; } = 1000;
}
