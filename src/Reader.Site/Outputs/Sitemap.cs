
namespace Reader.Site.Outputs;

/// <summary>sitemap.xml of every indexable page, with the article date as lastmod where known.</summary>
public static class Sitemap
{
    public const string Namespace = "http://www.sitemaps.org/schemas/sitemap/0.9";

    public static ReadOnlyMemory<byte> Write(SiteUrls urls, IEnumerable<SitemapEntry?> pages) => XmlOutput.Write(xml =>
    {
        xml.WriteStartElement("urlset", Namespace);
        foreach (var page in pages.OfType<SitemapEntry>())
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
}
