using Reader.Site.Checks;
using Reader.Site.Tests.Support;

namespace Reader.Site.Tests.Building;

/// <summary>The fixture mirrors the real collection: five articles, two author files, eight themes.</summary>
public sealed class SampleSiteTests : IClassFixture<SampleSite>
{
    private readonly BuiltSite _site;

    public SampleSiteTests(SampleSite sample) => _site = sample.Site;

    [Fact]
    public void Builds_without_diagnostics() => Assert.Empty(_site.Result.Diagnostics);

    [Fact]
    public void Writes_every_page_kind_at_its_url()
    {
        string[] expected =
        [
            "index.html", "404.html", "archive/index.html", "search/index.html", "authors/index.html", "themes/index.html",
            "articles/abiru-interview-covid-diplomacy/index.html", "articles/abiru-japan-russia-strategic/index.html",
            "articles/akiyama-japan-russia-energy/index.html", "articles/northern-territories-abstract/index.html",
            "articles/togo-streltsov-chapter/index.html",
            "authors/taisuke-abiru/index.html", "authors/jackie-enzmann/index.html", "authors/masahiro-akiyama/index.html",
            "authors/kazuhiko-togo/index.html", "authors/dmitry-streltsov/index.html",
            "themes/japan-russia-relations/index.html", "themes/peace-treaty-northern-territories/index.html", "themes/china-factor/index.html",
            "themes/us-russia-relations/index.html", "themes/ukraine-crisis-sanctions/index.html", "themes/energy-economic-cooperation/index.html",
            "themes/leaders-personal-diplomacy/index.html", "themes/covid-19/index.html",
            "feed.xml", "themes/china-factor/feed.xml", "authors/taisuke-abiru/feed.xml", "sitemap.xml", "robots.txt", "search-index.json", "search-index/articles/0.json", "search-index/terms/006e.json",
            "assets/site.css", "assets/site.js",
            "people/index.html", "timeline/index.html", "timeline/themes/japan-russia-relations/index.html",
            "citations.bib", "citations.ris", "citations.json", "articles/togo-streltsov-chapter/citation.bib",
        ];
        var files = _site.Files();
        Assert.All(expected, path => Assert.Contains(path, files));
        Assert.Equal(33, _site.Result.PagesWritten); // 24, the people index, the timeline and 7 of its themes, each one page
        Assert.Equal(33, files.Count(f => f.EndsWith(".html", StringComparison.Ordinal)));
        Assert.DoesNotContain("timeline/2020/index.html", files); // its years are sections of the one page
    }

    [Fact]
    public void Has_no_broken_internal_links_or_anchors() => Assert.Empty(LinkChecker.Check(_site.Output));

    [Fact]
    public void Every_page_is_well_formed() => Assert.Empty(HtmlChecker.Check(_site.Output));

    [Fact]
    public void Every_page_stays_small_enough_with_its_css_and_script()
    {
        var assets = new FileInfo(Path.Combine(_site.OutputDir, "assets/site.css")).Length + new FileInfo(Path.Combine(_site.OutputDir, "assets/site.js")).Length;
        Assert.True(assets < 50_000, $"CSS + JS are {assets} bytes");
    }

    [Fact]
    public void Loads_nothing_from_other_hosts()
    {
        foreach (var page in _site.Output.Pages)
        {
            var document = _site.Html(page);
            Assert.All(document.QuerySelectorAll("script[src], link[rel=stylesheet], img[src]"), e =>
                Assert.StartsWith("/", e.GetAttribute("src") ?? e.GetAttribute("href")));
        }
    }

    [Fact]
    public void Scripts_are_deferred_and_the_theme_is_set_before_the_stylesheet()
    {
        var html = _site.Text("index.html");
        Assert.Contains("<script src=\"/assets/site.js\" defer></script>", html);
        Assert.True(html.IndexOf("data-theme", StringComparison.Ordinal) < html.IndexOf("site.css", StringComparison.Ordinal));
    }
}
