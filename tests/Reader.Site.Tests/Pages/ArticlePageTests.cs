using Reader.Site.Tests.Support;

namespace Reader.Site.Tests.Pages;

public sealed class ArticlePageTests : IClassFixture<SampleSite>
{
    private readonly BuiltSite _site;

    public ArticlePageTests(SampleSite sample) => _site = sample.Site;

    [Fact]
    public void Interview_byline_names_interviewee_then_interviewer_with_links_without_saying_interview_again()
    {
        var page = _site.Html("articles/abiru-interview-covid-diplomacy/index.html");
        var byline = page.QuerySelector(".byline")!;
        Assert.Equal("With Taisuke Abiru; questions by Jackie Enzmann", byline.TextContent);
        Assert.Null(page.QuerySelector(".kicker")); // the subtitle says "An interview on …"
        Assert.Equal(["/authors/taisuke-abiru/", "/authors/jackie-enzmann/"], byline.QuerySelectorAll("a").Select(a => a.GetAttribute("href")));
    }

    [Fact]
    public void Co_authored_byline_joins_names_with_and()
    {
        var byline = _site.Html("articles/togo-streltsov-chapter/index.html").QuerySelector(".byline")!;
        Assert.Equal("By Kazuhiko Togo and Dmitry Streltsov", byline.TextContent);
    }

    [Fact]
    public void Shows_date_or_says_it_is_not_stated_and_the_original_publisher()
    {
        Assert.Equal("11 June 2015", _site.Html("articles/akiyama-japan-russia-energy/index.html").QuerySelector(".dateline time")!.TextContent);
        Assert.Contains("First published by Valdai Discussion Club; republished by", _site.Html("articles/akiyama-japan-russia-energy/index.html").QuerySelector(".publication")!.TextContent);
        Assert.Equal("Date not stated", _site.Html("articles/abiru-japan-russia-strategic/index.html").QuerySelector(".dateline .undated")!.TextContent);
    }

    [Fact]
    public void Links_the_original_source_where_known()
    {
        var source = _site.Html("articles/akiyama-japan-russia-energy/index.html").QuerySelector(".article-source a")!;
        Assert.Equal("https://valdaiclub.com/a/highlights/japan-russia-energy/", source.GetAttribute("href"));
        Assert.Equal("The address of the original was not recorded with this copy.", _site.Html("articles/northern-territories-abstract/index.html").QuerySelector(".article-source .source-missing")!.TextContent);
    }

    [Fact]
    public void Summary_is_a_standfirst_unless_the_body_starts_with_it()
    {
        Assert.NotNull(_site.Html("articles/abiru-interview-covid-diplomacy/index.html").QuerySelector(".standfirst"));
        Assert.Null(_site.Html("articles/abiru-japan-russia-strategic/index.html").QuerySelector(".standfirst"));
    }

    [Fact]
    public void Summary_that_the_body_repeats_later_is_not_shown_twice()
    {
        using var site = MiniSite.Build("""
            -- input/articles/interview.md --
            ---
            title: An interview
            summary: The first answer, which the page gave as its summary.
            ---

            **The first question?**

            The first answer, which the page gave as its summary.
            """);

        var page = site.Html("articles/interview/index.html");
        Assert.Null(page.QuerySelector(".standfirst"));
        Assert.Contains("The first answer", page.QuerySelector("#article-body")!.TextContent);
    }

    [Fact]
    public void Three_sections_get_a_table_of_contents_with_working_anchors()
    {
        var page = _site.Html("articles/togo-streltsov-chapter/index.html");
        var links = page.QuerySelectorAll(".toc a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal(["#the-end-of-engagement", "#the-china-factor", "#outlook"], links);
        Assert.All(links, href => Assert.NotNull(page.GetElementById(href![1..])));
        Assert.Null(_site.Html("articles/akiyama-japan-russia-energy/index.html").QuerySelector(".toc"));
    }

    [Fact]
    public void Keeps_passages_in_another_language_marked()
    {
        var passage = _site.Html("articles/northern-territories-abstract/index.html").QuerySelector(".prose div[lang=ru]")!;
        Assert.Contains("Большинство россиян", passage.TextContent);
    }

    [Fact]
    public void Shows_reading_time_themes_and_neighbours()
    {
        var page = _site.Html("articles/abiru-interview-covid-diplomacy/index.html");
        Assert.Contains("1 min read", page.QuerySelector(".dateline")!.TextContent);
        Assert.Equal(["/themes/japan-russia-relations/", "/themes/covid-19/", "/themes/china-factor/"], page.QuerySelectorAll(".tags a").Select(a => a.GetAttribute("href")));
        Assert.Equal("/articles/akiyama-japan-russia-energy/", page.QuerySelector("a[rel=prev]")!.GetAttribute("href"));
        Assert.Equal("/articles/togo-streltsov-chapter/", page.QuerySelector("a[rel=next]")!.GetAttribute("href"));
    }

    [Fact]
    public void Has_citation_tags_for_scholars()
    {
        var page = _site.Html("articles/togo-streltsov-chapter/index.html");
        string? Meta(string name) => page.QuerySelector($"meta[name={name}]")?.GetAttribute("content");
        Assert.Equal("Japan–Russia Relations after 2022", Meta("citation_title"));
        Assert.Equal(["Kazuhiko Togo", "Dmitry Streltsov"], page.QuerySelectorAll("meta[name=citation_author]").Select(m => m.GetAttribute("content")));
        Assert.Equal("2024/03/26", Meta("citation_publication_date"));
        Assert.Equal("2024/03/26", Meta("citation_date"));
        Assert.Equal("Routledge", Meta("citation_publisher"));
    }

    [Fact]
    public void Has_canonical_url_and_open_graph_tags()
    {
        var page = _site.Html("articles/togo-streltsov-chapter/index.html");
        Assert.Equal("https://reader.example.org/articles/togo-streltsov-chapter/", page.QuerySelector("link[rel=canonical]")!.GetAttribute("href"));
        Assert.Equal("article", page.QuerySelector("meta[property='og:type']")!.GetAttribute("content"));
        Assert.Equal("Japan–Russia Relations after 2022", page.QuerySelector("meta[property='og:title']")!.GetAttribute("content"));
    }
}
