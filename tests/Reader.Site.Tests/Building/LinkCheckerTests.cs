using Reader.Site.Checks;
using Reader.Site.Tests.Support;

namespace Reader.Site.Tests.Building;

public sealed class LinkCheckerTests
{
    [Fact]
    public void Reports_missing_pages_and_missing_anchors_but_not_external_links()
    {
        using var site = MiniSite.Build("""
            -- input/articles/x.md --
            ---
            title: X
            ---
            See [nowhere](/articles/nowhere/), [a bad anchor](#no-such-id), [a good anchor](#main) and [the web](https://example.org/).
            """);

        var problems = LinkChecker.Check(site.Output).Select(p => p.ToString()).ToList();
        Assert.Equal(2, problems.Count);
        Assert.Contains("articles/x/index.html: <a> '/articles/nowhere/': no file articles/nowhere/index.html", problems);
        Assert.Contains("articles/x/index.html: <a> '#no-such-id': no element with id 'no-such-id' in articles/x/index.html", problems);
    }

    [Fact]
    public void Follows_links_under_a_link_root()
    {
        using var site = MiniSite.BuildInput(RepoPaths.SampleInput, new Content.ReaderSettings { LinkRoot = "/reader", Host = "example.org" });
        Assert.Equal("/reader/articles/togo-streltsov-chapter/", site.Html("index.html").QuerySelector(".article-list a")!.GetAttribute("href"));
        Assert.Empty(LinkChecker.Check(site.Output, "/reader"));
    }
}
