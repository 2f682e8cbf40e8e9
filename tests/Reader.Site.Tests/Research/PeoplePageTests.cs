using Reader.Site.Tests.Support;

namespace Reader.Site.Tests.Research;

public sealed class PeoplePageTests
{
    private const string Collection = """
        -- input/people/vladimir-putin.md --
        ---
        name: Vladimir Putin
        aliases: [Putin, "Путин*", プーチン]
        description: President of Russia.
        born: 1952-10-07
        ---
        -- input/authors/kazuhiko-togo.md --
        ---
        name: Kazuhiko Togo
        ---
        A diplomat and scholar.
        -- input/people/togo.md --
        ---
        name: Tōgō Kazuhiko
        aliases: [Kazuhiko Togo, Togo]
        description: Japanese diplomat.
        ---
        -- input/articles/early.md --
        ---
        title: Early
        date: 2015-06-11
        authors: [Kazuhiko Togo]
        ---
        Opening words without names.

        In December 2016 President Putin visited Nagato. Putin came back later.
        -- input/articles/late.md --
        ---
        title: Late
        date: 2020-05-12
        ---
        As Kazuhiko Togo argued, the talks stalled.

        Визит Путина в Токио был отложен.

        プーチン大統領が来日した。
        -- input/articles/quiet.md --
        ---
        title: Quiet
        ---
        Nobody is named here.

        """;

    [Fact]
    public void The_people_index_continues_on_numbered_pages_like_the_other_indexes()
    {
        using var site = MiniSite.Build(Collection, new Reader.Content.ReaderSettings { SiteTitle = "Paged", Host = "reader.example.org", ArchivePageSize = 1 });
        Assert.Empty(site.Errors);

        // Two people, one a page: Tōgō shares Kazuhiko Togo's author page, so the index links there.
        Assert.True(site.Exists("people/page/2/index.html"));
        Assert.False(site.Exists("people/page/3/index.html"));
        var second = site.Html("people/page/2/index.html");
        Assert.Equal("/people/", second.QuerySelector("head link[rel=prev]")!.GetAttribute("href"));
        Assert.Equal("/people/page/2/", site.Html("people/index.html").QuerySelector(".page-nav a[rel=next]")!.GetAttribute("href"));
        Assert.Single(second.QuerySelectorAll(".term-list li"));
    }

    [Fact]
    public void A_person_page_lists_each_mentioning_article_with_its_sentences_linked_to_their_paragraphs()
    {
        using var site = MiniSite.Build(Collection);
        Assert.Empty(site.Errors);

        var page = site.Html("people/vladimir-putin/index.html");
        Assert.Equal("Vladimir Putin", page.QuerySelector("h1")!.TextContent.Trim());
        var meta = page.QuerySelector(".mentions .page-meta")!.TextContent;
        Assert.Contains("Mentioned 4 times in 2 articles", meta);
        Assert.Contains("First in an article of 11 June 2015, last in one of 12 May 2020", meta);

        var cards = page.QuerySelectorAll(".mention-list > li");
        Assert.Equal(["Late", "Early"], cards.Select(c => c.QuerySelector("h3")!.TextContent.Trim()));
        var snippet = page.QuerySelectorAll(".mention-list .snippet").First(a => a.TextContent.Contains("Nagato", StringComparison.Ordinal));
        Assert.Equal("In December 2016 President Putin visited Nagato.", snippet.TextContent.Trim());

        // The snippet's link names the paragraph's own id, which the article carries.
        var href = snippet.GetAttribute("href")!;
        Assert.StartsWith("/articles/early/#p-", href);
        var article = site.Html("articles/early/index.html");
        var paragraph = article.GetElementById(href[(href.IndexOf('#') + 1)..]);
        Assert.NotNull(paragraph);
        Assert.Contains("visited Nagato", paragraph!.TextContent);
        Assert.DoesNotContain(page.QuerySelectorAll(".mention-list h3"), h => h.TextContent.Contains("Quiet", StringComparison.Ordinal));
    }

    [Fact]
    public void Finds_inflected_and_unspaced_spellings_and_links_the_first_mention_in_the_text()
    {
        using var site = MiniSite.Build(Collection);

        var snippets = site.Html("people/vladimir-putin/index.html").QuerySelectorAll(".snippet").Select(a => a.TextContent.Trim()).ToList();
        Assert.Contains("Визит Путина в Токио был отложен.", snippets);
        Assert.Contains("プーチン大統領が来日した。", snippets);

        var links = site.Html("articles/late/index.html").QuerySelectorAll(".prose a.person-mention");
        var putin = Assert.Single(links, a => a.GetAttribute("href") == "/people/vladimir-putin/");
        Assert.Equal("Путина", putin.TextContent);
    }

    [Fact]
    public void An_author_who_is_also_mentioned_shares_the_author_page()
    {
        using var site = MiniSite.Build(Collection);

        Assert.False(site.Exists("people/togo/index.html"));
        var author = site.Html("authors/kazuhiko-togo/index.html");
        Assert.Contains("Mentioned in", author.QuerySelector(".mentions h2")!.TextContent);
        Assert.Contains(author.QuerySelectorAll(".mention-list h3 a"), a => a.TextContent.Trim() == "Late");

        // Her own article does not mention her; another's links to the one page.
        Assert.DoesNotContain(author.QuerySelectorAll(".mention-list h3 a"), a => a.TextContent.Trim() == "Early");
        Assert.Contains(site.Html("articles/late/index.html").QuerySelectorAll("a.person-mention"), a => a.GetAttribute("href") == "/authors/kazuhiko-togo/");
        Assert.Contains(site.Html("people/index.html").QuerySelectorAll(".term-list a"), a => a.GetAttribute("href") == "/authors/kazuhiko-togo/");
    }

    [Fact]
    public void The_people_index_lists_everyone_with_counts_and_descriptions_and_publishes_no_one_else()
    {
        using var site = MiniSite.Build(Collection + """
            -- input/people/sergey-lavrov.md --
            ---
            name: Sergey Lavrov
            description: Foreign Minister of Russia.
            ---
            """);

        var items = site.Html("people/index.html").QuerySelectorAll(".term-list li");
        Assert.Equal(3, items.Length);
        var putin = items.Single(li => li.TextContent.Contains("Vladimir Putin", StringComparison.Ordinal));
        Assert.Contains("Mentioned in 2 articles", putin.TextContent);
        Assert.Contains("President of Russia.", putin.TextContent);
        Assert.Contains("Not mentioned yet", items.Single(li => li.TextContent.Contains("Lavrov", StringComparison.Ordinal)).TextContent);
        Assert.Equal(["sergey-lavrov", "vladimir-putin"], Directory.GetDirectories(Path.Combine(site.OutputDir, "people")).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_second_file_for_the_same_person_is_an_error_naming_both()
    {
        using var site = MiniSite.Build(Collection + """
            -- input/people/putin-again.md --
            ---
            name: Vladimir Putin
            ---
            """);

        var error = Assert.Single(site.Errors);
        Assert.Contains("putin-again.md", error.ToString());
        Assert.Contains("is the same person as in", error.Message);
    }
}
