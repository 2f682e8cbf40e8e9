using Reader.Site.Tests.Support;

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
        -- input/articles/gas.md --
        ---
        title: Gas
        themes: [energy]
        ---
        В мае 2018 года было подписано соглашение о газе.
        """;

    [Fact]
    public void Lists_publication_dates_and_stated_dates_in_order_each_linked_to_its_passage()
    {
        using var site = MiniSite.Build(Collection);
        Assert.Empty(site.Errors);

        var page = site.Html("timeline/index.html");
        var events = page.QuerySelectorAll(".events > li");
        Assert.Equal(["2013", "December 2016", "20 January 2017", "May 2018"], events.Select(e => e.QuerySelector("time")!.TextContent.Trim()));
        Assert.Equal(["2013", "2016-12", "2017-01-20", "2018-05"], events.Select(e => e.QuerySelector("time")!.GetAttribute("datetime")));
        Assert.Equal(["2013", "2016", "2017", "2018"], page.QuerySelectorAll(".timeline-year h2").Select(h => h.TextContent.Trim()));

        var visit = events[1];
        Assert.Equal("In December 2016 Putin visited Japan.", visit.QuerySelector(".event__text a")!.TextContent.Trim());
        var href = visit.QuerySelector(".event__text a")!.GetAttribute("href")!;
        Assert.StartsWith("/articles/summit/#p-", href);
        Assert.NotNull(site.Html("articles/summit/index.html").GetElementById(href[(href.IndexOf('#') + 1)..]));
        Assert.Contains("Published", events[2].TextContent);
        Assert.Contains("было подписано соглашение", events[3].TextContent);
    }

    [Fact]
    public void Filters_by_theme_and_person_on_static_pages_and_marks_each_event_for_the_script()
    {
        using var site = MiniSite.Build(Collection);

        var summits = site.Html("timeline/themes/summits/index.html").QuerySelectorAll(".events > li");
        Assert.Equal(3, summits.Length);
        Assert.All(summits, e => Assert.Contains("summits", e.GetAttribute("data-themes")!.Split(' ')));

        var putin = site.Html("timeline/people/vladimir-putin/index.html").QuerySelectorAll(".events > li");
        Assert.Equal("In December 2016 Putin visited Japan.", Assert.Single(putin).QuerySelector(".event__text a")!.TextContent.Trim());
        Assert.Contains("vladimir-putin", putin[0].GetAttribute("data-people")!.Split(' '));

        var form = site.Html("timeline/index.html").QuerySelector("form#timeline-filter")!;
        Assert.Equal(["", "energy", "summits"], form.QuerySelectorAll("#timeline-theme option").Select(o => o.GetAttribute("value")).Order(StringComparer.Ordinal));
        Assert.Contains(form.QuerySelectorAll("#timeline-person option"), o => o.GetAttribute("value") == "vladimir-putin");
        Assert.Contains(site.Html("people/vladimir-putin/index.html").QuerySelectorAll("a"), a => a.GetAttribute("href") == "/timeline/people/vladimir-putin/");
    }
}
