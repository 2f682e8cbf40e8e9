using Reader.Site.Rendering;
using Reader.Site.Views;

namespace Reader.Site.Outputs;

/// <summary>sitemap.xml of every indexable page, with the article date as lastmod where known.</summary>
public static class Sitemap
{
    public const string Namespace = "http://www.sitemaps.org/schemas/sitemap/0.9";

    public static string Write(SiteUrls urls, IReadOnlyList<Page> pages) => XmlOutput.Write(xml =>
    {
        xml.WriteStartElement("urlset", Namespace);
        foreach (var page in pages.Where(p => !p.Meta.NoIndex))
        {
            xml.WriteStartElement("url");
            xml.WriteElementString("loc", urls.Absolute(page.Url));
            if (page.View is ArticleView { DateIso: { } date })
            {
                xml.WriteElementString("lastmod", date);
            }

            xml.WriteEndElement();
        }

        xml.WriteEndElement();
    });
}
