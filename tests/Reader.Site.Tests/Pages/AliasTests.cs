using Reader.Site.Tests.Support;

namespace Reader.Site.Tests.Pages;

/// <summary><c>aliases: [old-slug]</c> keeps published links working after a rename, and never takes another page's place.</summary>
public sealed class AliasTests
{
    [Fact]
    public void An_alias_is_a_page_at_the_old_address_that_sends_readers_to_the_article_without_script()
    {
        using var site = MiniSite.Build("""
            -- input/articles/new-name.md --
            ---
            title: Kuril Islands Talks
            date: 2020-01-02
            aliases: [old-name, /articles/older-name/]
            ---
            Text.
            """);

        Assert.Empty(site.Errors);
        foreach (var old in new[] { "old-name", "older-name" })
        {
            var page = site.Html($"articles/{old}/index.html");
            Assert.Equal("0; url=/articles/new-name/", page.QuerySelector("meta[http-equiv=refresh]")!.GetAttribute("content"));
            Assert.Equal("https://reader.example.org/articles/new-name/", page.QuerySelector("link[rel=canonical]")!.GetAttribute("href"));
            Assert.Equal("noindex", page.QuerySelector("meta[name=robots]")!.GetAttribute("content"));
            Assert.Equal("/articles/new-name/", page.QuerySelector("main a[href='/articles/new-name/']")!.GetAttribute("href"));
            Assert.Empty(page.QuerySelectorAll("script:not([src])"));
        }

        Assert.DoesNotContain("old-name", site.Text("sitemap.xml"), StringComparison.Ordinal);
        Assert.DoesNotContain("old-name", site.Text("archive/index.html"), StringComparison.Ordinal);
    }

    [Fact]
    public void An_alias_that_is_another_articles_address_is_an_error_naming_both()
    {
        using var site = MiniSite.Build("""
            -- input/articles/a.md --
            ---
            title: A
            aliases: [b]
            ---
            Text.
            -- input/articles/b.md --
            ---
            title: B
            ---
            Text.
            """);

        var error = Assert.Single(site.Errors);
        Assert.EndsWith("articles/a.md", error.Path, StringComparison.Ordinal);
        Assert.Equal(3, error.Line);
        Assert.Contains("articles/b.md", error.Message, StringComparison.Ordinal);
        Assert.Contains("B", site.Text("articles/b/index.html"), StringComparison.Ordinal);
    }

    [Fact]
    public void One_alias_on_two_articles_and_an_alias_that_is_not_a_slug_are_errors()
    {
        using var site = MiniSite.Build("""
            -- input/articles/a.md --
            ---
            title: A
            aliases: [old]
            ---
            Text.
            -- input/articles/b.md --
            ---
            title: B
            aliases: [old, "Not a slug!"]
            ---
            Text.
            """);

        Assert.Contains(site.Errors, e => e.Message.Contains("also an alias of", StringComparison.Ordinal));
        Assert.Contains(site.Errors, e => e.Message.Contains("'Not a slug!' is not a slug", StringComparison.Ordinal) && e.Line == 3);
    }
}
