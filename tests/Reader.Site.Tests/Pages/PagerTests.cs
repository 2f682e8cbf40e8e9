using Reader.Site.Tests.Support;

namespace Reader.Site.Tests.Pages;

/// <summary>The Older/Newer links follow the dated articles by date; undated articles make a chain of their own.</summary>
public sealed class PagerTests
{
    [Fact]
    public void Undated_articles_never_join_the_dated_sequence()
    {
        using var site = MiniSite.Build("""
            -- input/index.md --
            ---
            title: Pager
            ---
            Intro.
            -- input/articles/old.md --
            ---
            title: Old
            date: 2019-01-01
            ---
            Text.
            -- input/articles/new.md --
            ---
            title: New
            date: 2021-01-01
            ---
            Text.
            -- input/articles/undated-a.md --
            ---
            title: Undated A
            ---
            Text.
            -- input/articles/undated-b.md --
            ---
            title: Undated B
            ---
            Text.
            """);

        Assert.Equal([("Newer", "/articles/new/")], Links(site, "old"));
        Assert.Equal([("Older", "/articles/old/")], Links(site, "new"));
        Assert.Equal([("Next undated", "/articles/undated-b/")], Links(site, "undated-a"));
        Assert.Equal([("Previous undated", "/articles/undated-a/")], Links(site, "undated-b"));
    }

    private static List<(string Label, string Url)> Links(BuiltSite site, string slug) =>
    [
        .. site.Html($"articles/{slug}/index.html").QuerySelectorAll(".pager li")
            .Select(li => (li.QuerySelector(".pager__label")!.TextContent, li.QuerySelector("a")!.GetAttribute("href")!)),
    ];
}
