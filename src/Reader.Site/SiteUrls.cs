using Reader.Content;

namespace Reader.Site;

/// <summary>
/// Every URL of the site in one place: root-relative (with <see cref="ReaderSettings.LinkRoot"/>),
/// directory style, and the output file each one is written to.
/// </summary>
public sealed class SiteUrls
{
    private readonly string _origin;

    public SiteUrls(ReaderSettings settings)
    {
        var root = settings.LinkRoot.Trim().Trim('/');
        Root = root.Length == 0 ? "" : "/" + root;
        _origin = $"{(settings.LinksUseHttps ? "https" : "http")}://{settings.Host.Trim().TrimEnd('/')}";
        var name = Slug.From(settings.SiteTitle);
        CollectionEpub = $"{Root}/ebooks/{(name.Length == 0 ? "collection" : name)}.epub";
    }

    /// <summary>"" or "/sub-path", never ending with a slash.</summary>
    public string Root { get; }

    public string Home => Root + "/";

    public string Archive => Root + "/archive/";

    public string Search => Root + "/search/";

    public string Feed => Root + "/feed.xml";

    public string Timeline => Root + "/timeline/";

    /// <summary>The timeline of one theme or person: <c>/timeline/themes/x/</c>, <c>/timeline/people/x/</c>.</summary>
    public string TimelineOf(string taxonomy, string slug) => $"{Root}/timeline/{taxonomy}/{slug}/";

    /// <summary>One year of a timeline, below the timeline's own URL: <c>/timeline/2016/</c>, <c>/timeline/people/x/2016/</c>.</summary>
    public static string TimelineYear(string timelineUrl, int year) => $"{timelineUrl}{year.ToString(System.Globalization.CultureInfo.InvariantCulture)}/";

    /// <summary>An article's citation in one format: <c>/articles/x/citation.bib</c> (bib, ris, or json for CSL-JSON).</summary>
    public string Citation(string slug, string extension) => $"{Root}/articles/{slug}/citation.{extension}";

    /// <summary>The whole collection's citations in one format: <c>/citations.bib</c>, <c>/citations.ris</c>, <c>/citations.json</c>.</summary>
    public string Citations(string extension) => $"{Root}/citations.{extension}";
    /// <summary>The site's JSON Feed, beside its Atom feed.</summary>
    public string JsonFeed => Root + "/feed.json";

    /// <summary>The whole collection as one EPUB, named after the site so a downloaded file says what it is.</summary>
    public string CollectionEpub { get; }

    public string Sitemap => Root + "/sitemap.xml";

    /// <summary>One of the numbered sitemaps a sitemap index lists, from 1 (<see cref="Outputs.Sitemap.Files"/>).</summary>
    public string SitemapPart(int number) => $"{Root}/sitemaps/{number.ToString(System.Globalization.CultureInfo.InvariantCulture)}.xml";

    /// <summary>The search manifest: the keys of the term shards, and where the shards are.</summary>
    public string SearchIndex => Root + "/search-index.json";

    /// <summary>The folder of the term shards, each named by its key (<see cref="Outputs.SearchIndex.FileName"/>).</summary>
    public string SearchTerms => Root + "/search-index/terms/";

    /// <summary>The folder of the article shards, numbered from 0.</summary>
    public string SearchArticles => Root + "/search-index/articles/";

    public string SearchTermShard(string key) => $"{SearchTerms}{Outputs.SearchIndex.FileName(key)}.json";

    public string SearchArticleShard(int number) => $"{SearchArticles}{number.ToString(System.Globalization.CultureInfo.InvariantCulture)}.json";

    public string NotFound => Root + "/404.html";

    public string Asset(string name) => $"{Root}/assets/{name}";

    public string Article(string slug) => $"{Root}/articles/{slug}/";

    public string TaxonomyIndex(string taxonomy) => $"{Root}/{taxonomy}/";

    public string Term(string taxonomy, string slug) => $"{Root}/{taxonomy}/{slug}/";

    public string TermFeed(string taxonomy, string slug) => $"{Root}/{taxonomy}/{slug}/feed.xml";

    public string TermJsonFeed(string taxonomy, string slug) => $"{Root}/{taxonomy}/{slug}/feed.json";

    /// <summary>An article's EPUB, in its page's folder and named after it.</summary>
    public string ArticleEpub(string slug) => $"{Root}/articles/{slug}/{slug}.epub";

    /// <summary>A theme's (or another term's) EPUB of its articles.</summary>
    public string TermEpub(string taxonomy, string slug) => $"{Root}/{taxonomy}/{slug}/{slug}.epub";

    public string Absolute(string url) => _origin + url;

    /// <summary>The file under the output folder a URL is served from: "/articles/x/" → "articles/x/index.html".</summary>
    public string OutputPath(string url)
    {
        var path = url[Root.Length..].TrimStart('/');
        return path.Length == 0 || path.EndsWith('/') ? path + "index.html" : path;
    }
}
