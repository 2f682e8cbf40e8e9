using Reader.Site.Tests.Support;

namespace Reader.Site.Tests.Pages;

public sealed class ListPageTests : IClassFixture<SampleSite>
{
    private readonly BuiltSite _site;

    public ListPageTests(SampleSite sample) => _site = sample.Site;

    [Fact]
    public void Home_shows_introduction_latest_articles_themes_and_authors()
    {
        var page = _site.Html("index.html");
        Assert.Equal("Japan and Russia, with China in the room", page.QuerySelector("h1")!.TextContent);
        Assert.Contains("unresolved peace treaty", page.QuerySelector(".introduction")!.TextContent);
        Assert.Equal("/articles/togo-streltsov-chapter/", page.QuerySelector(".article-list a")!.GetAttribute("href"));
        Assert.Equal(8, page.QuerySelectorAll("#home-themes + .term-list li").Length);
        Assert.Equal(5, page.QuerySelectorAll("#home-authors + .term-list li").Length);
    }

    [Fact]
    public void Archive_groups_by_year_newest_first_with_undated_last()
    {
        var page = _site.Html("archive/index.html");
        Assert.Equal(["2024", "2020", "2015", "Undated"], page.QuerySelectorAll("main h2").Select(h => h.TextContent));
        Assert.Equal(2, page.QuerySelectorAll("#undated + .article-list .card").Length);
    }

    [Fact]
    public void Theme_page_lists_articles_newest_first_related_themes_and_authors()
    {
        var page = _site.Html("themes/china-factor/index.html");
        Assert.Equal("How China's rise shapes what Japan and Russia can do.", page.QuerySelector(".standfirst")!.TextContent);
        Assert.Equal(
            ["/articles/togo-streltsov-chapter/", "/articles/abiru-interview-covid-diplomacy/", "/articles/abiru-japan-russia-strategic/"],
            page.QuerySelectorAll("#articles + .article-list .card__title a").Select(a => a.GetAttribute("href")));
        Assert.Equal("Japan–Russia relations", page.QuerySelector("#related-themes + .term-list a")!.TextContent);
        Assert.Equal("Taisuke Abiru", page.QuerySelector("#theme-authors + .term-list a")!.TextContent);
    }

    [Fact]
    public void Author_page_shows_roles_themes_and_interview_partners()
    {
        var abiru = _site.Html("authors/taisuke-abiru/index.html");
        Assert.Equal("Interviewed", abiru.QuerySelector(".card .role")!.TextContent);
        Assert.Equal(["Jackie Enzmann"], abiru.QuerySelectorAll("#interviewed-by + .people-list a").Select(a => a.TextContent));
        Assert.Contains("The China factor", abiru.QuerySelector("#author-themes + .term-list")!.TextContent);

        var enzmann = _site.Html("authors/jackie-enzmann/index.html");
        Assert.Equal(["Taisuke Abiru"], enzmann.QuerySelectorAll("#interviewed + .people-list a").Select(a => a.TextContent));
        Assert.Equal(["Dmitry Streltsov"], _site.Html("authors/kazuhiko-togo/index.html").QuerySelectorAll("#co-authors + .people-list a").Select(a => a.TextContent));
    }

    [Fact]
    public void Indexes_list_every_author_and_theme_with_counts()
    {
        var themes = _site.Html("themes/index.html");
        Assert.Equal(8, themes.QuerySelectorAll(".term-list li").Length);
        Assert.Contains("5 articles", themes.QuerySelector(".term-list")!.TextContent);
        Assert.Equal(5, _site.Html("authors/index.html").QuerySelectorAll(".term-list li").Length);
    }

    [Fact]
    public void Search_page_works_without_javascript_and_the_form_is_accessible()
    {
        var page = _site.Html("search/index.html");
        Assert.NotNull(page.QuerySelector(".no-js a[href='/archive/']"));
        var form = page.QuerySelector("main form[role=search]")!;
        Assert.Equal("/search/", form.GetAttribute("action"));
        Assert.Equal("/search-index.json", form.GetAttribute("data-index"));
        Assert.NotNull(page.QuerySelector("label[for=search-query]"));
        Assert.Equal("status", page.QuerySelector("#search-count")!.GetAttribute("role"));
        // The results' area is under the page's heading and its search box, not in the header.
        Assert.NotNull(page.QuerySelector("main .page-header ~ #search-results"));
        Assert.Null(page.QuerySelector("header #search-results"));
    }

    [Fact]
    public void Every_page_has_a_skip_link_to_main()
    {
        Assert.All(_site.Output.Pages, p => Assert.Equal("#main", _site.Html(p).QuerySelector(".skip-link")!.GetAttribute("href")));
    }
}
