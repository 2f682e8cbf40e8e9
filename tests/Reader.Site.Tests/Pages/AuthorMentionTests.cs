using Reader.Site.Tests.Support;

namespace Reader.Site.Tests.Pages;

public sealed class AuthorMentionTests
{
    private const string People = """
        -- input/authors/kazuhiko-togo.md --
        ---
        name: Kazuhiko Togo
        aliases: [Tōgō Kazuhiko]
        ---
        -- input/articles/togo.md --
        ---
        title: By Togo
        authors: [Kazuhiko Togo]
        ---
        Kazuhiko Togo writes about himself here, which is not linked.

        """;

    [Fact]
    public void Links_only_the_first_mention_of_an_author_in_another_article()
    {
        using var site = MiniSite.Build(People + """
            -- input/articles/other.md --
            ---
            title: Other
            ---
            As Kazuhiko Togo argued, and as Kazuhiko Togo repeated, the islands matter.
            """);

        var links = site.Html("articles/other/index.html").QuerySelectorAll(".prose a:not(.passage-link)");
        var link = Assert.Single(links);
        Assert.Equal("/authors/kazuhiko-togo/", link.GetAttribute("href"));
        Assert.Equal("Kazuhiko Togo", link.TextContent);
        Assert.Contains("As <a href=\"/authors/kazuhiko-togo/\" class=\"person-mention\">Kazuhiko Togo</a> argued", site.Text("articles/other/index.html"));
        Assert.Empty(site.Html("articles/togo/index.html").QuerySelectorAll(".prose a:not(.passage-link)"));
    }

    [Fact]
    public void Matches_aliases_and_whole_words_only()
    {
        using var site = MiniSite.Build(People + """
            -- input/articles/other.md --
            ---
            title: Other
            ---
            Not Kazuhiko Togoland. But Tōgō Kazuhiko did.
            """);

        var link = Assert.Single(site.Html("articles/other/index.html").QuerySelectorAll(".prose a:not(.passage-link)"));
        Assert.Equal("Tōgō Kazuhiko", link.TextContent);
    }

    [Fact]
    public void Never_links_inside_headings_links_or_code()
    {
        using var site = MiniSite.Build(People + """
            -- input/articles/other.md --
            ---
            title: Other
            ---
            ## Kazuhiko Togo in a heading

            A [link about Kazuhiko Togo](https://example.org/) and `Kazuhiko Togo` in code.

                Kazuhiko Togo in a code block
            """);

        var page = site.Html("articles/other/index.html");
        Assert.Empty(page.QuerySelectorAll(".person-mention"));
    }
}
