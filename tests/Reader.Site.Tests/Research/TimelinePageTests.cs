using System.Globalization;
using System.Text;
using Reader.Content;
using Reader.Site.Tests.Support;
using Reader.Site.Views;

namespace Reader.Site.Tests.Research;

public sealed class TimelinePageTests
{
    private const string Collection = """
        -- input/themes/summits.md --
        ---
        title: Summits
        description: Meetings of leaders.
        ---
        -- input/themes/energy.md --
        ---
        title: Energy
        description: Oil and gas.
        ---
        -- input/people/vladimir-putin.md --
        ---
        name: Vladimir Putin
        aliases: [Putin, "Путин*"]
        description: President of Russia.
        ---
        -- input/articles/summit.md --
        ---
        title: The Nagato summit
        date: 2017-01-20
        themes: [summits]
        ---
        In December 2016 Putin visited Japan.

        Talks had begun in 2013. On Dec. 15 they met again.
        -- input/articles/visits.md --
        ---
        title: A year of visits
        date: 2016-06-01
        themes: [energy]
        ---
        In January 2016 the ministers met in Tokyo.

        In March 2016 Putin spoke of gas.

        In April 2016 a delegation went to Sakhalin.

        In May 2016 Abe flew to Sochi.
        -- input/articles/gas.md --
        ---
        title: Gas
        language: ru
        themes: [energy]
        ---
        В мае 2018 года было подписано соглашение о газе.
        """;

    // The collection's 9 events fit on one page of the default size, where the timeline is one page; these cut it.
    private static readonly ReaderSettings OneAPage = new() { SiteTitle = "Test Reader", Host = "reader.example.org", ArchivePageSize = 1 };
    private static readonly ReaderSettings ThreeAPage = OneAPage with { ArchivePageSize = 3 };
    private static readonly ReaderSettings EightAPage = OneAPage with { ArchivePageSize = 8 };

    [Fact]
    public void A_timeline_that_fits_on_a_page_is_that_page_with_a_section_for_each_year()
    {
        using var site = MiniSite.Build(Collection);
        Assert.Empty(site.Errors);

        var page = site.Html("timeline/index.html");
        var sections = page.QuerySelectorAll("section.timeline-year");
        Assert.Equal(["2013", "2016", "2017", "2018"], sections.Select(s => s.QuerySelector("h2")!.TextContent.Trim()));
        Assert.Equal(6, sections[1].QuerySelectorAll(".events > li").Length);
        Assert.Equal(["/timeline/#y2013", "/timeline/#y2016", "/timeline/#y2017", "/timeline/#y2018"], page.QuerySelectorAll(".timeline-decades a").Select(a => a.GetAttribute("href")));
        Assert.All(page.QuerySelectorAll(".timeline-decades a"), a => Assert.NotNull(page.GetElementById(a.GetAttribute("href")!.Split('#')[1])));
        Assert.False(site.Exists("timeline/2016/index.html"));
        Assert.False(site.Exists("timeline/people/vladimir-putin/2016/index.html"));

        // A person's page links the year's section of their one-page timeline.
        var links = site.Html("people/vladimir-putin/index.html").QuerySelectorAll(".mentions .page-meta a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal(["/timeline/people/vladimir-putin/", "/timeline/people/vladimir-putin/#y2016"], links);
        Assert.NotNull(site.Html("timeline/people/vladimir-putin/index.html").GetElementById("y2016"));
    }

    [Fact]
    public void The_overview_lists_each_year_by_decade_with_its_count_and_the_latest_events_newest_first()
    {
        using var site = MiniSite.Build(Collection, EightAPage);
        Assert.Empty(site.Errors);

        var page = site.Html("timeline/index.html");
        Assert.Equal(["2010s"], page.QuerySelectorAll(".timeline-decades dt").Select(d => d.TextContent.Trim()));
        var years = page.QuerySelectorAll(".timeline-decades a");
        Assert.Equal(["2013", "2016", "2017", "2018"], years.Select(a => a.TextContent.Trim()));
        Assert.Equal(["/timeline/2013/", "/timeline/2016/", "/timeline/2017/", "/timeline/2018/"], years.Select(a => a.GetAttribute("href")));
        Assert.Equal("6 events", years[1].ParentElement!.QuerySelector(".count")!.TextContent.Trim());
        Assert.Contains("9 events from 3 articles", page.QuerySelector(".page-meta")!.TextContent);

        var latest = page.QuerySelectorAll(".events > li time").Select(t => t.GetAttribute("datetime"));
        Assert.Equal(["2018-05", "2017-01-20", "2016-12", "2016-06-01", "2016-05", "2016-04", "2016-03", "2016-01", "2013"], latest);
    }

    [Fact]
    public void A_year_page_holds_its_events_in_order_each_linked_to_its_passage_with_the_years_around_it()
    {
        using var site = MiniSite.Build(Collection, EightAPage);

        var page = site.Html("timeline/2016/index.html");
        Assert.Equal("Timeline, 2016", page.QuerySelector("h1")!.TextContent.Trim());
        var events = page.QuerySelectorAll(".events > li");
        Assert.Equal(["2016-01", "2016-03", "2016-04", "2016-05", "2016-06-01", "2016-12"], events.Select(e => e.QuerySelector("time")!.GetAttribute("datetime")));
        Assert.Contains("Published", events[4].TextContent);

        var visit = events[5].QuerySelector(".event__text a")!;
        Assert.Equal("In December 2016 Putin visited Japan.", visit.TextContent.Trim());
        var href = visit.GetAttribute("href")!;
        Assert.StartsWith("/articles/summit/#p-", href);
        Assert.NotNull(site.Html("articles/summit/index.html").GetElementById(href[(href.IndexOf('#') + 1)..]));

        var nav = page.QuerySelector("nav.year-nav")!.QuerySelectorAll("a").Select(a => a.GetAttribute("href"));
        Assert.Equal(["/timeline/2013/", "/timeline/", "/timeline/2017/"], nav);
        Assert.Equal("/timeline/2013/", page.QuerySelector("link[rel=prev]")!.GetAttribute("href"));
        Assert.Equal("/timeline/2017/", page.QuerySelector("link[rel=next]")!.GetAttribute("href"));
        Assert.Contains(page.QuerySelectorAll(".breadcrumbs a"), a => a.GetAttribute("href") == "/timeline/");

        // The first year has no year before it; the Russian sentence keeps its language.
        Assert.Null(site.Html("timeline/2013/index.html").QuerySelector("link[rel=prev]"));
        Assert.Equal("ru", site.Html("timeline/2018/index.html").QuerySelector(".event__text a")!.GetAttribute("lang"));
    }

    [Fact]
    public void A_year_with_more_events_than_a_page_continues_on_numbered_pages_linked_through_the_years()
    {
        using var site = MiniSite.Build(Collection, ThreeAPage);
        Assert.Empty(site.Errors);

        var first = site.Html("timeline/2016/index.html");
        var second = site.Html("timeline/2016/page/2/index.html");
        Assert.Equal(["2016-01", "2016-03", "2016-04"], first.QuerySelectorAll(".events time").Select(t => t.GetAttribute("datetime")));
        Assert.Equal(["2016-05", "2016-06-01", "2016-12"], second.QuerySelectorAll(".events time").Select(t => t.GetAttribute("datetime")));
        Assert.False(site.Exists("timeline/2016/page/3/index.html"));
        Assert.Contains("Timeline, 2016, page 2 of 2", second.QuerySelector("h1")!.TextContent);
        Assert.Contains(first.QuerySelectorAll(".page-nav a"), a => a.GetAttribute("href") == "/timeline/2016/page/2/");

        // rel=prev/next run through the whole timeline: into the year's pages, then on to the next year.
        Assert.Equal("/timeline/2013/", first.QuerySelector("link[rel=prev]")!.GetAttribute("href"));
        Assert.Equal("/timeline/2016/page/2/", first.QuerySelector("link[rel=next]")!.GetAttribute("href"));
        Assert.Equal("/timeline/2016/", second.QuerySelector("link[rel=prev]")!.GetAttribute("href"));
        Assert.Equal("/timeline/2017/", second.QuerySelector("link[rel=next]")!.GetAttribute("href"));
        Assert.Equal("/timeline/2016/page/2/", site.Html("timeline/2017/index.html").QuerySelector("link[rel=prev]")!.GetAttribute("href"));

        var sitemap = site.Text("sitemap.xml");
        Assert.Contains("https://reader.example.org/timeline/2016/page/2/", sitemap);
        Assert.Contains("https://reader.example.org/timeline/themes/energy/2016/", sitemap);

        // Putin's two events fit on a page of three: his timeline is one page, with no year pages in the sitemap.
        Assert.DoesNotContain("https://reader.example.org/timeline/people/vladimir-putin/2016/", sitemap);
        Assert.Contains("https://reader.example.org/timeline/people/vladimir-putin/", sitemap);
    }

    [Fact]
    public void Theme_and_person_timelines_keep_their_address_for_the_overview_with_their_years_below_it()
    {
        using var site = MiniSite.Build(Collection, OneAPage);

        var summits = site.Html("timeline/themes/summits/index.html");
        Assert.Equal("Timeline: Summits", summits.QuerySelector("h1")!.TextContent.Trim());
        Assert.Equal(["/timeline/themes/summits/2013/", "/timeline/themes/summits/2016/", "/timeline/themes/summits/2017/"], summits.QuerySelectorAll(".timeline-decades a").Select(a => a.GetAttribute("href")));
        Assert.Equal(["2016-12"], site.Html("timeline/themes/summits/2016/index.html").QuerySelectorAll(".events time").Select(t => t.GetAttribute("datetime")));
        Assert.Equal(["/", "/timeline/", "/timeline/themes/summits/"], site.Html("timeline/themes/summits/2016/index.html").QuerySelectorAll(".breadcrumbs a").Select(a => a.GetAttribute("href")));

        var putin = new[] { "", "page/2/" }.Select(p => site.Html($"timeline/people/vladimir-putin/2016/{p}index.html").QuerySelector(".event__text a")!.TextContent.Trim());
        Assert.Equal(["In March 2016 Putin spoke of gas.", "In December 2016 Putin visited Japan."], putin);
        Assert.False(site.Exists("timeline/people/vladimir-putin/2013/index.html"));

        // A theme's page links its timeline; the whole overview links every theme's and person's, and marks none as current.
        Assert.Contains(site.Html("themes/summits/index.html").QuerySelectorAll(".page-meta a"), a => a.GetAttribute("href") == "/timeline/themes/summits/");
        var whole = site.Html("timeline/index.html");
        var links = whole.QuerySelectorAll(".timeline-pages a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal(["/timeline/people/vladimir-putin/", "/timeline/themes/energy/", "/timeline/themes/summits/"], links.Order(StringComparer.Ordinal));
        Assert.Empty(whole.QuerySelectorAll(".timeline-pages [aria-current]"));
        Assert.Equal("Summits", summits.QuerySelector(".timeline-pages [aria-current]")!.TextContent.Trim());
    }

    [Fact]
    public void A_person_page_links_the_person_timeline_and_each_of_its_year_pages()
    {
        using var site = MiniSite.Build(Collection, OneAPage);

        var links = site.Html("people/vladimir-putin/index.html").QuerySelectorAll(".mentions .page-meta a").Select(a => a.GetAttribute("href")!).ToList();
        Assert.Equal(["/timeline/people/vladimir-putin/", "/timeline/people/vladimir-putin/2016/"], links);
        Assert.All(links, l => Assert.True(site.Exists(l.TrimStart('/') + "index.html"), l));
        Assert.Contains("Putin", site.Html("timeline/people/vladimir-putin/2016/index.html").QuerySelector(".event__text a")!.TextContent);
    }

    [Fact]
    public void The_overview_stays_small_however_many_years_and_events_there_are()
    {
        var files = new StringBuilder();
        for (var i = 0; i < 40; i++)
        {
            var year = (1980 + i).ToString(CultureInfo.InvariantCulture);
            files.Append(CultureInfo.InvariantCulture, $"-- input/articles/a{i}.md --\n---\ntitle: Article {i}\ndate: {year}-03-01\n---\nIn May {year} the talks resumed.\n\nIn June {year} they stalled.\n");
        }

        using var site = MiniSite.Build(files.ToString(), ThreeAPage);
        Assert.Empty(site.Errors);

        var overview = site.Html("timeline/index.html");
        Assert.Equal(TimelinePages.LatestCount, overview.QuerySelectorAll(".events > li").Length);
        Assert.Equal(["1980s", "1990s", "2000s", "2010s"], overview.QuerySelectorAll(".timeline-decades dt").Select(d => d.TextContent.Trim()));
        Assert.Equal(40, overview.QuerySelectorAll(".timeline-decades a").Length);

        // Every event is on exactly one year page, and no page holds more than a page's worth.
        var pages = site.Files().Where(f => f.StartsWith("timeline/", StringComparison.Ordinal) && f.EndsWith("index.html", StringComparison.Ordinal) && !f.Contains("/people/") && !f.Contains("/themes/") && f != "timeline/index.html").ToList();
        var counts = pages.Select(p => site.Html(p).QuerySelectorAll(".events > li").Length).ToList();
        Assert.Equal(120, counts.Sum());
        Assert.All(counts, c => Assert.InRange(c, 1, 3));
    }

    [Fact]
    public void The_overview_links_the_thirty_themes_with_most_events_and_the_index_of_themes_for_the_rest()
    {
        var files = new StringBuilder();
        for (var i = 0; i < 32; i++)
        {
            files.Append(CultureInfo.InvariantCulture, $"-- input/themes/t{i:D2}.md --\n---\ntitle: Topic {i:D2}\n---\n");
            files.Append(CultureInfo.InvariantCulture, $"-- input/articles/a{i:D2}.md --\n---\ntitle: Article {i:D2}\ndate: 2020-01-{i % 28 + 1:D2}\nthemes: [t{i:D2}{(i >= 16 ? ", t31" : "")}]\n---\nText {i}.\n");
        }

        using var site = MiniSite.Build(files.ToString());
        Assert.Empty(site.Errors);

        var panel = site.Html("timeline/index.html").QuerySelector(".timeline-pages")!;
        var themes = panel.QuerySelectorAll(".term-list a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal(30, themes.Count);
        Assert.Contains("/timeline/themes/t31/", themes); // the busiest, with 17 events
        Assert.DoesNotContain("/timeline/themes/t30/", themes); // the last of the themes with one, in the site's order
        Assert.Contains(panel.QuerySelectorAll("a"), a => a.GetAttribute("href") == "/themes/" && a.TextContent.Contains("32 themes", StringComparison.Ordinal));
        Assert.True(site.Exists("timeline/themes/t30/index.html"));
    }
}
