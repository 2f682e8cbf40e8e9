using System.Xml.Linq;
using Reader.Site.Tests.Support;

namespace Reader.Site.Tests.Outputs;

public sealed class FeedTests : IClassFixture<SampleSite>
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";
    private readonly BuiltSite _site;

    public FeedTests(SampleSite sample) => _site = sample.Site;

    [Fact]
    public void Site_feed_has_every_article_with_full_content_and_absolute_urls()
    {
        var feed = XDocument.Parse(_site.Text("feed.xml")).Root!;
        Assert.Equal(Atom + "feed", feed.Name);
        Assert.Equal("2024-03-26T00:00:00Z", feed.Element(Atom + "updated")!.Value);
        var entries = feed.Elements(Atom + "entry").ToList();
        Assert.Equal(5, entries.Count);
        var first = entries[0];
        Assert.Equal("https://reader.example.org/articles/togo-streltsov-chapter/", first.Element(Atom + "id")!.Value);
        Assert.Contains("Northern Territories", first.Element(Atom + "content")!.Value);
        Assert.Equal(["Kazuhiko Togo", "Dmitry Streltsov"], first.Elements(Atom + "author").Select(a => a.Element(Atom + "name")!.Value));
        Assert.Equal("https://reader.example.org/authors/kazuhiko-togo/", first.Element(Atom + "author")!.Element(Atom + "uri")!.Value);
    }

    [Fact]
    public void Undated_articles_carry_no_date_never_a_made_up_one()
    {
        var feed = XDocument.Parse(_site.Text("feed.xml")).Root!;
        var undated = feed.Elements(Atom + "entry").Single(e => e.Element(Atom + "title")!.Value == "Why Japan Still Talks to Russia");
        Assert.Null(undated.Element(Atom + "updated"));
        Assert.Null(undated.Element(Atom + "published"));
        Assert.DoesNotContain("1970", _site.Text("feed.xml"), StringComparison.Ordinal);
    }

    [Fact]
    public void A_feed_of_undated_articles_only_has_no_date_of_its_own()
    {
        using var site = MiniSite.Build("""
            -- input/index.md --
            ---
            title: Undated
            ---
            Intro.
            -- input/articles/a.md --
            ---
            title: A
            ---
            Text.
            """);

        var feed = XDocument.Parse(site.Text("feed.xml")).Root!;
        Assert.Null(feed.Element(Atom + "updated"));
        Assert.Null(feed.Element(Atom + "entry")!.Element(Atom + "updated"));
    }

    [Fact]
    public void Theme_and_author_feeds_hold_only_their_articles_in_full()
    {
        var theme = XDocument.Parse(_site.Text("themes/covid-19/feed.xml")).Root!;
        Assert.Single(theme.Elements(Atom + "entry"));

        // Whole articles, as the site's feed has them: a reader following one theme reads in the feed reader.
        Assert.All(theme.Elements(Atom + "entry"), e => Assert.True(e.Element(Atom + "content")!.Value.Length > 500));
        var author = XDocument.Parse(_site.Text("authors/taisuke-abiru/feed.xml")).Root!;
        Assert.Equal(2, author.Elements(Atom + "entry").Count());
        Assert.Equal("https://reader.example.org/authors/taisuke-abiru/feed.xml", author.Elements(Atom + "link").Single(l => (string?)l.Attribute("rel") == "self").Attribute("href")!.Value);
    }

    [Fact]
    public void Sitemap_lists_indexable_pages_and_robots_points_at_it()
    {
        XNamespace ns = "http://www.sitemaps.org/schemas/sitemap/0.9";
        var locs = XDocument.Parse(_site.Text("sitemap.xml")).Root!.Elements(ns + "url").Select(u => u.Element(ns + "loc")!.Value).ToList();
        Assert.Contains("https://reader.example.org/", locs);
        Assert.Contains("https://reader.example.org/articles/togo-streltsov-chapter/", locs);
        Assert.DoesNotContain("https://reader.example.org/404.html", locs);
        Assert.Contains("https://reader.example.org/timeline/", locs);
        Assert.DoesNotContain(locs, l => l.Contains('#', StringComparison.Ordinal)); // a one-page timeline's years are sections of it
        Assert.Equal(31, locs.Count);
        Assert.Contains("Sitemap: https://reader.example.org/sitemap.xml", _site.Text("robots.txt"));
    }

    [Fact]
    public void Search_index_lists_each_word_with_the_articles_that_hold_it_and_the_articles_to_show()
    {
        using var manifest = System.Text.Json.JsonDocument.Parse(_site.Text("search-index.json"));
        Assert.Equal("/search-index/terms/", manifest.RootElement.GetProperty("termShards").GetString());
        Assert.Equal(5, manifest.RootElement.GetProperty("articles").GetInt32());
        var keys = manifest.RootElement.GetProperty("keys").EnumerateArray().Select(k => k.GetString()!).ToList();
        Assert.Contains("б", keys);
        Assert.All(keys, key => Assert.True(_site.Exists($"search-index/terms/{Reader.Site.Outputs.SearchIndex.FileName(key)}.json"), key));

        using var articles = System.Text.Json.JsonDocument.Parse(_site.Text("search-index/articles/0.json"));
        var entries = articles.RootElement.EnumerateArray().ToList();
        Assert.Equal(5, entries.Count);
        var abstractAt = entries.FindIndex(e => e.GetProperty("url").GetString() == "/articles/northern-territories-abstract/");
        Assert.DoesNotContain("<", entries[abstractAt].GetProperty("text").GetString());
        // The interview's subtitle says "Interview", so its byline does not say it again.
        Assert.Contains("With Taisuke Abiru; questions by Jackie Enzmann", _site.Text("search-index/articles/0.json"));

        // "большинство" is in the abstract's body (Большинство россиян …), not its title: an even number.
        using var terms = System.Text.Json.JsonDocument.Parse(_site.Text("search-index/terms/0431.json"));
        var postings = terms.RootElement.GetProperty("большинство").EnumerateArray().Select(p => p.GetInt32()).ToList();
        Assert.Contains(abstractAt << 1, postings);
    }

    [Fact]
    public void Search_index_finds_people_and_themes_by_name_and_marks_title_words()
    {
        using var terms = System.Text.Json.JsonDocument.Parse(_site.Text("search-index/terms/0065.json"));
        Assert.True(terms.RootElement.TryGetProperty("enzmann", out _));
        using var titles = System.Text.Json.JsonDocument.Parse(_site.Text("search-index/terms/0063.json"));
        Assert.Contains(titles.RootElement.GetProperty("covid").EnumerateArray(), p => (p.GetInt32() & 1) == 1);
    }
}
