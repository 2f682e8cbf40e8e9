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
    }

    /// <summary>"" or "/sub-path", never ending with a slash.</summary>
    public string Root { get; }

    public string Home => Root + "/";

    public string Archive => Root + "/archive/";

    public string Search => Root + "/search/";

    public string Feed => Root + "/feed.xml";

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

    public string Absolute(string url) => _origin + url;

    /// <summary>The file under the output folder a URL is served from: "/articles/x/" → "articles/x/index.html".</summary>
    public string OutputPath(string url)
    {
        var path = url[Root.Length..].TrimStart('/');
        return path.Length == 0 || path.EndsWith('/') ? path + "index.html" : path;
    }
}
