using Reader.Site.Tests.Support;

namespace Reader.Site.Tests.Pages;

/// <summary><c>draft: true</c>: <c>reader build</c> publishes nothing of the article; the preview shows it with a banner.</summary>
public sealed class DraftTests
{
    private const string Files = """
        -- input/index.md --
        ---
        title: Drafts
        ---
        A collection with a draft.
        -- input/themes/maps.md --
        ---
        title: Maps
        ---
        -- input/articles/done.md --
        ---
        title: A finished article
        date: 2020-01-02
        themes: [maps]
        authors: [Jane Doe]
        ---
        Finished text.
        -- input/articles/unfinished.md --
        ---
        title: An unfinished article
        date: 2021-01-02
        themes: [maps]
        authors: [Jane Doe]
        draft: true
        ---
        Half-written text about sextants.
        """;

    [Fact]
    public void A_build_publishes_no_page_list_entry_feed_entry_book_or_search_text_of_a_draft()
    {
        using var site = MiniSite.Build(Files);

        Assert.Empty(site.Errors);
        Assert.False(site.Exists("articles/unfinished/index.html"));
        Assert.False(site.Exists("articles/unfinished/unfinished.epub"));
        Assert.True(site.Exists("articles/done/index.html"));
        foreach (var file in site.Files().Where(f => f.EndsWith(".html", StringComparison.Ordinal) || f.EndsWith(".xml", StringComparison.Ordinal) || f.EndsWith(".json", StringComparison.Ordinal)))
        {
            Assert.DoesNotContain("unfinished", site.Text(file), StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("sextants", site.Text(file), StringComparison.Ordinal);
        }

        Assert.DoesNotContain("draft-banner", site.Text("articles/done/index.html"), StringComparison.Ordinal);
    }

    [Fact]
    public void The_preview_shows_a_draft_with_a_banner_and_only_the_draft()
    {
        using var site = MiniSite.Build(Files, includeDrafts: true);

        Assert.Empty(site.Errors);
        Assert.Equal(1, site.Result.Drafts);
        var banner = site.Html("articles/unfinished/index.html").QuerySelector("main .draft-banner");
        Assert.NotNull(banner);
        Assert.Contains("Draft", banner.TextContent, StringComparison.Ordinal);
        Assert.Null(site.Html("articles/done/index.html").QuerySelector(".draft-banner"));
    }

    [Fact]
    public void A_published_article_that_links_to_a_draft_is_a_broken_link_in_a_build_but_not_in_the_preview()
    {
        var files = Files.Replace("Finished text.", "Finished text; see [the next one](/articles/unfinished/).", StringComparison.Ordinal);

        using (var build = MiniSite.Build(files))
        {
            var error = Assert.Single(build.Errors);
            Assert.Contains("broken link '/articles/unfinished/'", error.Message, StringComparison.Ordinal);
        }

        using var preview = MiniSite.Build(files, includeDrafts: true);
        Assert.Empty(preview.Errors);
    }

    [Fact]
    public void A_draft_value_that_is_not_true_or_false_is_an_error_on_its_line()
    {
        using var site = MiniSite.Build("""
            -- input/articles/a.md --
            ---
            title: A
            draft: soon
            ---
            Text.
            """);

        var error = Assert.Single(site.Errors);
        Assert.Equal(3, error.Line);
        Assert.Contains("'draft' must be true or false", error.Message, StringComparison.Ordinal);
    }
}
