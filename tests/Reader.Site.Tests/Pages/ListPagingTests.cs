using System.Text;
using Reader.Content;
using Reader.Site.Tests.Support;
using Reader.Site.Views;

namespace Reader.Site.Tests.Pages;

/// <summary>Long lists (the archive, a theme's and an author's articles, the indexes) are cut into pages linked by rel=prev/next.</summary>
public sealed class ListPagingTests : IDisposable
{
    private readonly BuiltSite _site = MiniSite.Build(Corpus(), new ReaderSettings { SiteTitle = "Paged", Host = "reader.example.org", ArchivePageSize = 3 });

    [Fact]
    public void The_archive_continues_on_numbered_pages_linked_both_ways()
    {
        Assert.Empty(_site.Errors);
        Assert.True(_site.Exists("archive/page/3/index.html"));
        Assert.False(_site.Exists("archive/page/4/index.html"));

        var second = _site.Html("archive/page/2/index.html");
        Assert.Equal("/archive/", second.QuerySelector("head link[rel=prev]")!.GetAttribute("href"));
        Assert.Equal("/archive/page/3/", second.QuerySelector("head link[rel=next]")!.GetAttribute("href"));
        Assert.Equal("/archive/", second.QuerySelector(".page-nav a[rel=prev]")!.GetAttribute("href"));
        Assert.Equal("/archive/page/3/", second.QuerySelector(".page-nav a[rel=next]")!.GetAttribute("href"));
        Assert.Equal("2", second.QuerySelector(".page-nav a[aria-current=page]")!.TextContent);
        Assert.Equal("Page 2 of 3", second.QuerySelector(".page-nav__summary")!.TextContent);
        Assert.Equal("https://reader.example.org/archive/page/2/", second.QuerySelector("link[rel=canonical]")!.GetAttribute("href"));
        Assert.StartsWith("All articles, page 2 of 3 · ", second.Title, StringComparison.Ordinal);
        Assert.Equal(["Article 4", "Article 5", "Article 6"], second.QuerySelectorAll(".card__title a").Select(a => a.TextContent));

        var first = _site.Html("archive/index.html");
        Assert.Null(first.QuerySelector("head link[rel=prev]"));
        Assert.Equal("/archive/page/2/", first.QuerySelector("head link[rel=next]")!.GetAttribute("href"));
        Assert.Null(_site.Html("archive/page/3/index.html").QuerySelector("head link[rel=next]"));
    }

    [Fact]
    public void Every_archive_page_links_each_year_to_the_page_where_it_begins()
    {
        // Articles 1-5 are from 2021, 6-8 from 2020: 2020 begins on the second page.
        var links = _site.Html("archive/page/3/index.html").QuerySelectorAll(".year-links a").Select(a => (a.TextContent, a.GetAttribute("href"))).ToList();
        Assert.Equal([("2021", "/archive/#y2021"), ("2020", "/archive/page/2/#y2020")], links);
        Assert.NotNull(_site.Html("archive/page/2/index.html").QuerySelector("h2#y2020"));
    }

    [Fact]
    public void A_theme_and_an_author_page_their_articles_and_keep_their_side_lists_on_the_first_page()
    {
        var theme = _site.Html("themes/everything/page/3/index.html");
        Assert.Equal(["Article 7", "Article 8"], theme.QuerySelectorAll("#articles + .article-list .card__title a").Select(a => a.TextContent));
        Assert.Equal("/themes/everything/page/2/", theme.QuerySelector("head link[rel=prev]")!.GetAttribute("href"));
        Assert.Null(theme.QuerySelector("#theme-authors"));
        Assert.NotNull(_site.Html("themes/everything/index.html").QuerySelector("#theme-authors"));

        var author = _site.Html("authors/jane-roe/page/2/index.html");
        Assert.Equal(["Article 4", "Article 5", "Article 6"], author.QuerySelectorAll("#articles + .article-list .card__title a").Select(a => a.TextContent));
        Assert.Equal("8 articles", author.QuerySelector(".page-meta")!.TextContent.Split(" · ")[0]);
        Assert.Null(author.QuerySelector("#author-themes"));
        Assert.NotNull(_site.Html("authors/jane-roe/index.html").QuerySelector("#author-themes"));
    }

    [Fact]
    public void The_indexes_of_authors_and_themes_are_paged_too()
    {
        var authors = _site.Html("authors/page/2/index.html");
        Assert.Equal(["Ola Nordmann"], authors.QuerySelectorAll(".term-list a").Select(a => a.TextContent));
        Assert.Equal("/authors/", authors.QuerySelector("head link[rel=prev]")!.GetAttribute("href"));
        Assert.Equal(3, _site.Html("authors/index.html").QuerySelectorAll(".term-list li").Length);
    }

    [Fact]
    public void The_sitemap_lists_every_page_of_every_list()
    {
        var sitemap = _site.Text("sitemap.xml");
        foreach (var url in new[] { "/archive/page/3/", "/themes/everything/page/3/", "/authors/jane-roe/page/3/", "/authors/page/2/" })
        {
            Assert.Contains($"<loc>https://reader.example.org{url}</loc>", sitemap, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void A_list_that_fits_on_one_page_has_no_page_links()
    {
        var page = _site.Html("themes/few/index.html");
        Assert.Null(page.QuerySelector(".page-nav"));
        Assert.Null(page.QuerySelector("link[rel=next]"));
        Assert.False(_site.Exists("themes/few/page/2/index.html"));
    }

    [Fact]
    public void A_home_page_of_a_large_collection_lists_the_busiest_themes_and_links_to_all()
    {
        var files = new StringBuilder("-- input/index.md --\n---\ntitle: Many\n---\nIntro.\n");
        for (var i = 1; i <= ListPages.HomeTermCount + 5; i++)
        {
            files.Append($"-- input/themes/t{i:D2}.md --\n---\ntitle: Theme {i:D2}\n---\n");
            var themes = i switch { 34 => "[t34, t35]", 35 => "[t01, t35]", _ => $"[t{i:D2}]" };
            files.Append($"-- input/articles/a{i:D2}.md --\n---\ntitle: A{i:D2}\nauthors: [Jane Roe]\ndate: 2020-01-01\nthemes: {themes}\n---\nText.\n");
        }

        using var site = MiniSite.Build(files.ToString());
        var home = site.Html("index.html");
        var shown = home.QuerySelectorAll("#home-themes + .term-list a").Select(a => a.TextContent).ToList();
        Assert.Equal(ListPages.HomeTermCount, shown.Count);
        Assert.Equal("Theme 01", shown[0]);
        Assert.Contains("Theme 35", shown); // two articles: among the busiest, and shown in the index's order
        Assert.DoesNotContain("Theme 30", shown);
        Assert.Equal("Theme 35", shown[^1]);
        Assert.Equal("All 35 themes", home.QuerySelector("#home-themes ~ .more a")!.TextContent);
        Assert.Null(home.QuerySelector("#home-authors ~ .more"));
    }

    [Theory]
    [InlineData(1, "1 2 3 … 20")]
    [InlineData(10, "1 … 8 9 10 11 12 … 20")]
    [InlineData(20, "1 … 18 19 20")]
    [InlineData(4, "1 2 3 4 5 6 … 20")]
    public void The_page_numbers_are_the_first_the_last_and_those_around_the_current_one(int number, string expected)
    {
        var pager = Paging.Of("/archive/", 200, 10).Pager(English, number, "Pages")!;
        Assert.Equal(expected, string.Join(' ', pager.Numbers.Select(n => n.Text)));
        Assert.Equal(number.ToString(System.Globalization.CultureInfo.InvariantCulture), pager.Numbers.Single(n => n.IsCurrent).Text);
        Assert.Equal(number > 1, pager.Previous is not null);
        Assert.Equal(number < 20, pager.Next is not null);
    }

    [Fact]
    public void Pages_split_the_list_without_overlap_or_gaps()
    {
        var paging = Paging.Of("/x/", 7, 3);
        Assert.Equal(3, paging.Count);
        Assert.Equal([[0, 1, 2], [3, 4, 5], [6]], paging.Numbers.Select(n => paging.Slice([0, 1, 2, 3, 4, 5, 6], n).ToArray()));
        Assert.Equal(1, Paging.Of("/x/", 0, 3).Count);
        Assert.Null(Paging.Of("/x/", 3, 3).Pager(English, 1, "Pages"));
    }

    public void Dispose() => _site.Dispose();

    private static Reader.Site.Language.InterfaceText English => Reader.Site.Language.InterfaceText.Load(RepoPaths.Theme, "en", new Reader.Content.DiagnosticBag())!;

    /// <summary>Eight articles by Jane Roe on one theme, newest first Article 1 … Article 8; three more authors and a small theme.</summary>
    private static string Corpus()
    {
        var files = new StringBuilder("-- input/index.md --\n---\ntitle: Paged\n---\nIntro.\n-- input/themes/everything.md --\n---\ntitle: Everything\n---\n-- input/themes/few.md --\n---\ntitle: Few\n---\n");
        for (var i = 1; i <= 8; i++)
        {
            var date = i <= 5 ? $"2021-12-{30 - i:D2}" : $"2020-12-{30 - i:D2}";
            var authors = i switch { 1 => "[Jane Roe, Kim Lee, Abe Doe]", 2 => "[Jane Roe, Ola Nordmann]", _ => "[Jane Roe]" };
            var themes = i == 1 ? "[everything, few]" : "[everything]";
            files.Append($"-- input/articles/article-{i}.md --\n---\ntitle: Article {i}\nauthors: {authors}\ndate: {date}\nthemes: {themes}\n---\nThe text of article {i}.\n");
        }

        return files.ToString();
    }
}
