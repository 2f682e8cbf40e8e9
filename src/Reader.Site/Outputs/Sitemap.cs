
namespace Reader.Site.Outputs;

/// <summary>
/// sitemap.xml of every indexable page, with the article date as lastmod where known. The protocol allows
/// <see cref="MaxUrls"/> addresses in one file: past that, sitemap.xml becomes a sitemap index of numbered
/// sitemaps (<c>sitemaps/1.xml</c> …), so robots.txt and search engines keep the one address.
/// </summary>
public static class Sitemap
{
    public const string Namespace = "http://www.sitemaps.org/schemas/sitemap/0.9";

    public const int MaxUrls = 50_000;

    /// <summary>A file to write: its URL and how to make it.</summary>
    public sealed record SitemapFile(string Url, Func<ReadOnlyMemory<byte>> Write);

    /// <summary>sitemap.xml alone, or an index and its parts when there are more than <paramref name="maxUrls"/> pages.</summary>
    public static IReadOnlyList<SitemapFile> Files(SiteUrls urls, IEnumerable<SitemapEntry?> pages, int maxUrls = MaxUrls)
    {
        var entries = pages.OfType<SitemapEntry>().ToList();
        if (entries.Count <= maxUrls)
        {
            return [new SitemapFile(urls.Sitemap, () => Write(urls, entries))];
        }

        var parts = entries.Chunk(maxUrls).ToList();
        var files = new List<SitemapFile> { new(urls.Sitemap, () => Index(urls, parts.Count)) };
        files.AddRange(parts.Select((part, i) => new SitemapFile(urls.SitemapPart(i + 1), () => Write(urls, part))));
        return files;
    }

    public static ReadOnlyMemory<byte> Write(SiteUrls urls, IEnumerable<SitemapEntry> pages) => XmlOutput.Write(xml =>
    {
        xml.WriteStartElement("urlset", Namespace);
        foreach (var page in pages)
        {
            xml.WriteStartElement("url");
            xml.WriteElementString("loc", urls.Absolute(page.Url));
            if (page.LastModified is { } date)
            {
                xml.WriteElementString("lastmod", date);
            }

            xml.WriteEndElement();
        }

        xml.WriteEndElement();
    });

    private static ReadOnlyMemory<byte> Index(SiteUrls urls, int partCount) => XmlOutput.Write(xml =>
    {
        xml.WriteStartElement("sitemapindex", Namespace);
        for (var i = 1; i <= partCount; i++)
        {
            xml.WriteStartElement("sitemap");
            xml.WriteElementString("loc", urls.Absolute(urls.SitemapPart(i)));
            xml.WriteEndElement();
        }

        xml.WriteEndElement();
    });
}
