using System.Text.Json;
using Reader.Site.Tests.Support;

namespace Reader.Site.Tests.Outputs;

/// <summary>A JSON Feed 1.1 beside every Atom feed, with the same whole articles and no invented dates.</summary>
public sealed class JsonFeedTests : IClassFixture<SampleSite>
{
    private readonly BuiltSite _site;

    public JsonFeedTests(SampleSite sample) => _site = sample.Site;

    private JsonElement Feed(string path) => JsonDocument.Parse(_site.Text(path)).RootElement;

    [Fact]
    public void The_site_feed_is_json_feed_1_1_with_every_article_in_full_and_absolute_urls()
    {
        var feed = Feed("feed.json");
        Assert.Equal("https://jsonfeed.org/version/1.1", feed.GetProperty("version").GetString());
        Assert.Equal("https://reader.example.org/feed.json", feed.GetProperty("feed_url").GetString());
        Assert.Equal("https://reader.example.org/", feed.GetProperty("home_page_url").GetString());
        var items = feed.GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(5, items.Count);
        var first = items[0];
        Assert.Equal("https://reader.example.org/articles/togo-streltsov-chapter/", first.GetProperty("id").GetString());
        Assert.Contains("Northern Territories", first.GetProperty("content_html").GetString(), StringComparison.Ordinal);
        Assert.DoesNotContain("href=\"/", first.GetProperty("content_html").GetString(), StringComparison.Ordinal);
        Assert.Equal(["Kazuhiko Togo", "Dmitry Streltsov"], first.GetProperty("authors").EnumerateArray().Select(a => a.GetProperty("name").GetString()));
        Assert.Equal("https://reader.example.org/articles/togo-streltsov-chapter/togo-streltsov-chapter.epub",
            first.GetProperty("attachments")[0].GetProperty("url").GetString());
        Assert.Equal("application/epub+zip", first.GetProperty("attachments")[0].GetProperty("mime_type").GetString());
    }

    [Fact]
    public void An_undated_item_has_no_date_and_dated_ones_have_theirs()
    {
        var items = Feed("feed.json").GetProperty("items").EnumerateArray().ToList();
        var undated = items.Single(i => i.GetProperty("title").GetString() == "Why Japan Still Talks to Russia");
        Assert.False(undated.TryGetProperty("date_published", out _));
        Assert.False(undated.TryGetProperty("date_modified", out _));
        Assert.Equal("2024-03-26T00:00:00Z", items[0].GetProperty("date_published").GetString());
    }

    [Fact]
    public void Author_and_theme_feeds_have_json_twins_with_the_same_entries_in_full()
    {
        foreach (var folder in new[] { "authors/kazuhiko-togo", "themes/covid-19" })
        {
            var atom = System.Xml.Linq.XDocument.Parse(_site.Text(folder + "/feed.xml")).Root!;
            var atomIds = atom.Elements(System.Xml.Linq.XName.Get("entry", "http://www.w3.org/2005/Atom"))
                .Select(e => e.Element(System.Xml.Linq.XName.Get("id", "http://www.w3.org/2005/Atom"))!.Value);
            var items = Feed(folder + "/feed.json").GetProperty("items").EnumerateArray().ToList();
            Assert.Equal(atomIds, items.Select(i => i.GetProperty("id").GetString()));
            Assert.All(items, i => Assert.True(i.GetProperty("content_html").GetString()!.Length > 200));
        }
    }

    [Fact]
    public void Pages_name_both_feeds_in_their_head()
    {
        var page = _site.Html("themes/covid-19/index.html");
        Assert.Equal("/themes/covid-19/feed.xml", page.QuerySelector("link[rel=alternate][type='application/atom+xml']")!.GetAttribute("href"));
        Assert.Equal("/themes/covid-19/feed.json", page.QuerySelector("link[rel=alternate][type='application/feed+json']")!.GetAttribute("href"));
        Assert.Equal("/feed.json", _site.Html("index.html").QuerySelector("link[rel=alternate][type='application/feed+json']")!.GetAttribute("href"));
    }
}

/// <summary>Every feed carries the newest <c>FeedSize</c> articles, however many an author or theme has.</summary>
public sealed class FeedSizeTests
{
    [Fact]
    public void Each_feed_carries_the_newest_feed_size_articles_in_full()
    {
        var files = string.Concat(Enumerable.Range(1, 5).Select(i => $"""
            -- input/articles/article-{i}.md --
            ---
            title: Article {i}
            date: 2020-01-0{i}
            authors: [Ann Writer]
            themes: [Borders]
            ---
            The whole body of article {i}.

            """));
        files += """
            -- input/themes/borders.md --
            ---
            title: Borders
            ---
            """;
        using var site = MiniSite.Build(files, new Reader.Content.ReaderSettings { Host = "reader.example.org", FeedSize = 2 });
        Assert.Empty(site.Errors);
        foreach (var folder in new[] { "", "authors/ann-writer/", "themes/borders/" })
        {
            var items = JsonDocument.Parse(site.Text(folder + "feed.json")).RootElement.GetProperty("items").EnumerateArray().ToList();
            Assert.Equal(["Article 5", "Article 4"], items.Select(i => i.GetProperty("title").GetString()));
            Assert.Contains("The whole body of article 5.", items[0].GetProperty("content_html").GetString(), StringComparison.Ordinal);
            var atom = System.Xml.Linq.XDocument.Parse(site.Text(folder + "feed.xml"));
            Assert.Equal(2, atom.Root!.Elements(System.Xml.Linq.XName.Get("entry", "http://www.w3.org/2005/Atom")).Count());
        }
    }

    [Fact]
    public void A_feed_of_long_articles_holds_fewer_so_it_stays_under_a_megabyte_and_always_the_newest()
    {
        // Six articles of about 250,000 characters each: three would pass the budget, so a feed holds two.
        var paragraph = string.Concat(Enumerable.Repeat("The ministers met again to talk of the border and the treaty. ", 40));
        var body = string.Join("\n\n", Enumerable.Repeat(paragraph, 100));
        var files = string.Concat(Enumerable.Range(1, 6).Select(i => $"-- input/articles/long-{i}.md --\n---\ntitle: Long {i}\ndate: 2020-01-0{i}\n---\n{body}\n"));
        using var site = MiniSite.Build(files);
        Assert.Empty(site.Errors);

        var items = JsonDocument.Parse(site.Text("feed.json")).RootElement.GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(["Long 6", "Long 5"], items.Select(i => i.GetProperty("title").GetString()));
        Assert.True(site.Text("feed.xml").Length < 1_000_000);
        Assert.True(site.Text("feed.json").Length < 1_000_000);

        // One article longer than the budget is still listed: a feed is never empty while there are articles.
        using var one = MiniSite.Build($"-- input/articles/huge.md --\n---\ntitle: Huge\n---\n{string.Join("\n\n", Enumerable.Repeat(body, 4))}\n");
        Assert.Single(JsonDocument.Parse(one.Text("feed.json")).RootElement.GetProperty("items").EnumerateArray());
    }
}
