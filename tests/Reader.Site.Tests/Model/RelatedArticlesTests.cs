using Reader.Site.Tests.Support;

namespace Reader.Site.Tests.Model;

public sealed class RelatedArticlesTests
{
    private const string Themes = """
        -- input/themes/energy.md --
        ---
        title: Energy
        ---
        -- input/themes/islands.md --
        ---
        title: Islands
        ---
        -- input/themes/china.md --
        ---
        title: China
        ---
        """;

    [Fact]
    public void Articles_sharing_more_themes_people_and_words_rank_higher()
    {
        using var site = MiniSite.Build(Themes + "\n" + """
            -- input/articles/base.md --
            ---
            title: Sakhalin gas and the islands
            authors: [Anna Petrova]
            date: 2020-01-01
            themes: [energy, islands]
            ---
            Liquefied natural gas from Sakhalin, pipelines and the disputed islands.
            -- input/articles/close.md --
            ---
            title: Sakhalin pipelines revisited
            authors: [Anna Petrova]
            date: 2019-01-01
            themes: [energy, islands]
            ---
            Sakhalin liquefied natural gas and pipelines again.
            -- input/articles/one-theme.md --
            ---
            title: A theme in common
            date: 2021-01-01
            themes: [energy]
            ---
            Oil prices.
            -- input/articles/words-only.md --
            ---
            title: Gas
            date: 2022-01-01
            themes: [china]
            ---
            Sakhalin pipelines and liquefied natural gas.
            -- input/articles/unrelated.md --
            ---
            title: Unrelated
            date: 2023-01-01
            themes: [china]
            ---
            Something else entirely.
            """);

        var related = site.Html("articles/base/index.html").QuerySelectorAll(".related .card__title a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal(["/articles/close/", "/articles/one-theme/", "/articles/words-only/"], related);
    }

    [Fact]
    public void Ties_are_broken_by_date_then_title()
    {
        using var site = MiniSite.Build(Themes + "\n" + """
            -- input/articles/base.md --
            ---
            title: Base
            themes: [china]
            ---
            Alpha.
            -- input/articles/b.md --
            ---
            title: B
            date: 2010-01-01
            themes: [china]
            ---
            Beta.
            -- input/articles/a.md --
            ---
            title: A
            date: 2010-01-01
            themes: [china]
            ---
            Gamma.
            -- input/articles/newer.md --
            ---
            title: Newer
            date: 2015-01-01
            themes: [china]
            ---
            Delta.
            """);

        var related = site.Html("articles/base/index.html").QuerySelectorAll(".related .card__title a").Select(a => a.TextContent).ToList();
        Assert.Equal(["Newer", "A", "B"], related);
    }
}
