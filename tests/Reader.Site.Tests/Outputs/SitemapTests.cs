using System.Text;
using System.Xml.Linq;
using Reader.Content;
using Reader.Site.Outputs;

namespace Reader.Site.Tests.Outputs;

/// <summary>One sitemap while the protocol allows it, and a sitemap index of numbered sitemaps past that.</summary>
public sealed class SitemapTests
{
    private static readonly XNamespace Ns = Sitemap.Namespace;

    private static readonly SiteUrls Urls = new(new ReaderSettings { Host = "reader.example.org", LinkRoot = "/reader" });

    private static List<SitemapEntry?> Pages(int count) =>
        [.. Enumerable.Range(0, count).Select(i => i % 3 == 2 ? null : new SitemapEntry($"/reader/articles/a{i}/", null))];

    [Fact]
    public void Up_to_the_limit_one_sitemap_lists_every_indexable_page()
    {
        var files = Sitemap.Files(Urls, Pages(6), maxUrls: 4);

        var file = Assert.Single(files);
        Assert.Equal("/reader/sitemap.xml", file.Url);
        var locs = XDocument.Parse(Encoding.UTF8.GetString(file.Write().Span)).Root!.Elements(Ns + "url").Select(u => u.Element(Ns + "loc")!.Value);
        Assert.Equal(["https://reader.example.org/reader/articles/a0/", "https://reader.example.org/reader/articles/a1/", "https://reader.example.org/reader/articles/a3/", "https://reader.example.org/reader/articles/a4/"], locs);
    }

    [Fact]
    public void Past_the_limit_sitemap_xml_is_an_index_of_numbered_sitemaps_that_list_every_page_once()
    {
        var files = Sitemap.Files(Urls, Pages(15), maxUrls: 4);

        Assert.Equal(["/reader/sitemap.xml", "/reader/sitemaps/1.xml", "/reader/sitemaps/2.xml", "/reader/sitemaps/3.xml"], files.Select(f => f.Url));
        var index = XDocument.Parse(Encoding.UTF8.GetString(files[0].Write().Span)).Root!;
        Assert.Equal(Ns + "sitemapindex", index.Name);
        Assert.Equal(
            ["https://reader.example.org/reader/sitemaps/1.xml", "https://reader.example.org/reader/sitemaps/2.xml", "https://reader.example.org/reader/sitemaps/3.xml"],
            index.Elements(Ns + "sitemap").Select(s => s.Element(Ns + "loc")!.Value));
        var parts = files.Skip(1).Select(f => XDocument.Parse(Encoding.UTF8.GetString(f.Write().Span)).Root!.Elements(Ns + "url").Select(u => u.Element(Ns + "loc")!.Value).ToList()).ToList();
        Assert.All(parts, p => Assert.InRange(p.Count, 1, 4));
        Assert.Equal(Pages(15).OfType<SitemapEntry>().Select(p => Urls.Absolute(p.Url)), parts.SelectMany(p => p));
        Assert.Equal("sitemaps/2.xml", Urls.OutputPath(files[2].Url));
    }
}
