using Reader.Site.Tests.Support;

namespace Reader.Site.Tests.Model;

public sealed class TermGroupingTests
{
    [Fact]
    public void Two_spellings_of_one_person_give_one_author_page()
    {
        using var site = MiniSite.Build("""
            -- input/themes/china-factor.md --
            ---
            title: The China factor
            ---
            -- input/articles/one.md --
            ---
            title: One
            authors: [Shinzō Abe]
            date: 2016-12-15
            ---
            Text.
            -- input/articles/two.md --
            ---
            title: Two
            authors: [Abe Shinzo]
            date: 2014-01-01
            ---
            Text.
            """);

        Assert.Empty(site.Errors);
        var authorPages = site.Files().Where(f => f.StartsWith("authors/", StringComparison.Ordinal) && f.EndsWith("/index.html", StringComparison.Ordinal) && f != "authors/index.html").ToList();
        Assert.Equal(["authors/shinzo-abe/index.html"], authorPages);
        var page = site.Html("authors/shinzo-abe/index.html");
        Assert.Equal("Shinzō Abe", page.QuerySelector("h1")!.TextContent);
        Assert.Equal(2, page.QuerySelectorAll(".article-list .card").Length);
    }

    [Fact]
    public void An_author_file_claims_its_aliases_and_gives_the_slug()
    {
        using var site = MiniSite.Build("""
            -- input/authors/kazuhiko-togo.md --
            ---
            name: Kazuhiko Togo
            aliases: [Tōgō Kazuhiko]
            affiliations: [Kyoto Sangyo University]
            ---
            A former diplomat.
            -- input/articles/one.md --
            ---
            title: One
            authors: ["TOGO, Kazuhiko"]
            ---
            Text.
            -- input/articles/two.md --
            ---
            title: Two
            authors:
              - name: Tōgō Kazuhiko
                affiliation: Leiden University
            ---
            Text.
            """);

        var page = site.Html("authors/kazuhiko-togo/index.html");
        Assert.Equal(2, page.QuerySelectorAll(".article-list .card").Length);
        Assert.Equal(["Kyoto Sangyo University", "Leiden University"], page.QuerySelectorAll(".affiliations li").Select(li => li.TextContent));
        Assert.Contains("A former diplomat.", page.QuerySelector(".bio")!.TextContent);
    }

    [Fact]
    public void Theme_references_are_grouped_by_their_slug()
    {
        using var site = MiniSite.Build("""
            -- input/themes/china-factor.md --
            ---
            title: The China factor
            ---
            -- input/articles/one.md --
            ---
            title: One
            themes: [China factor]
            ---
            Text.
            -- input/articles/two.md --
            ---
            title: Two
            themes: [china-factor, China-Factor]
            ---
            Text.
            """);

        Assert.Empty(site.Errors);
        var themePages = site.Files().Where(f => f.StartsWith("themes/", StringComparison.Ordinal) && f.EndsWith("index.html", StringComparison.Ordinal)).ToList();
        Assert.Equal(["themes/china-factor/index.html", "themes/index.html"], themePages);
        Assert.Equal(2, site.Html("themes/china-factor/index.html").QuerySelectorAll(".card").Length);
        Assert.Single(site.Html("articles/two/index.html").QuerySelectorAll(".tags a"));
    }

    [Fact]
    public void A_credited_person_without_a_file_still_gets_a_page()
    {
        using var site = MiniSite.Build("""
            -- input/articles/one.md --
            ---
            title: One
            authors: [Jackie Enzmann]
            ---
            Text.
            """);

        Assert.True(site.Exists("authors/jackie-enzmann/index.html"));
        Assert.Contains("/authors/jackie-enzmann/", site.Html("authors/index.html").QuerySelector(".term-list a")!.GetAttribute("href"));
    }
}
