namespace Reader.Site.Outputs;

/// <summary>robots.txt: everything may be crawled; points at the sitemap when there is one.</summary>
public static class RobotsTxt
{
    public static string Write(SiteUrls urls, bool hasSitemap) =>
        hasSitemap ? $"User-agent: *\nAllow: /\n\nSitemap: {urls.Absolute(urls.Sitemap)}\n" : "User-agent: *\nAllow: /\n";
}
