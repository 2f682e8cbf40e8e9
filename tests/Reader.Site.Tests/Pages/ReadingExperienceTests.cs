using Reader.Site.Tests.Support;
using Reader.Site.Views;

namespace Reader.Site.Tests.Pages;

/// <summary>How an article reads: dialogue, standfirst, people, publication, contents, typography.</summary>
public sealed class ReadingExperienceTests
{
    private const string Interview = """
        -- input/articles/talk.md --
        ---
        title: Russia's turn
        authors:
          - name: Taisuke Abiru
            role: interviewee
          - name: Jackie Enzmann
            role: interviewer
        kind: interview
        themes: [china-factor]
        ---

        **How has the pandemic changed things?**

        It changed a great deal.

        A second paragraph of the answer.

        **And China?**

        China matters more.
        -- input/authors/taisuke-abiru.md --
        ---
        name: Taisuke Abiru
        affiliations: [Sasakawa Peace Foundation]
        ---

        Senior Research Fellow, Sasakawa Peace Foundation.
        -- input/themes/china-factor.md --
        ---
        title: The China factor
        ---
        """;

    [Fact]
    public void Sets_an_interview_as_a_dialogue_with_names_then_initials()
    {
        using var site = MiniSite.Build(Interview);
        var page = site.Html("articles/talk/index.html");
        var questions = page.QuerySelectorAll("#article-body p.question");
        var answers = page.QuerySelectorAll("#article-body p.answer");
        Assert.Equal(["Jackie Enzmann", "JE"], questions.Select(q => q.QuerySelector(".speaker")!.TextContent));
        Assert.Equal(["Taisuke Abiru", "TA"], answers.Select(a => a.QuerySelector(".speaker")!.TextContent));
        Assert.Equal("Jackie Enzmann", questions[1].QuerySelector(".speaker")!.GetAttribute("title"));
        Assert.Equal(2, answers.Length); // the answer's second paragraph is not labelled again
        Assert.Equal("Interview", page.QuerySelector(".kicker")!.TextContent);
        Assert.Equal("With Taisuke Abiru; questions by Jackie Enzmann", page.QuerySelector(".byline")!.TextContent);
        Assert.Equal("Russia’s turn", page.QuerySelector("h1")!.TextContent);
    }

    [Fact]
    public void Ends_an_article_with_cards_of_its_people_without_repeating_what_the_bio_says()
    {
        using var site = MiniSite.Build(Interview);
        var cards = site.Html("articles/talk/index.html").QuerySelectorAll(".people-cards .person-card");
        Assert.Equal(2, cards.Length);
        Assert.Equal("/authors/taisuke-abiru/", cards[0].QuerySelector("a")!.GetAttribute("href"));
        Assert.Equal("Interviewee", cards[0].QuerySelector(".person-card__role")!.TextContent);
        Assert.Contains("Senior Research Fellow", cards[0].QuerySelector(".person-card__bio")!.TextContent);
        Assert.Null(cards[0].QuerySelector(".person-card__affiliation"));
        Assert.Equal("About the people", site.Html("articles/talk/index.html").QuerySelector("#about-people")!.TextContent);
    }

    [Fact]
    public void An_author_page_does_not_list_affiliations_its_bio_names_and_says_interviewed_on()
    {
        using var site = MiniSite.Build(Interview);
        var page = site.Html("authors/taisuke-abiru/index.html");
        Assert.Null(page.QuerySelector(".affiliations"));
        Assert.Equal("Interviewed on", page.QuerySelector("#author-themes")!.TextContent);
        Assert.Equal("Themes", site.Html("authors/jackie-enzmann/index.html").QuerySelector("#author-themes")!.TextContent);
        Assert.Contains("Senior Research Fellow", page.QuerySelector(".bio")!.TextContent);
    }

    [Fact]
    public void Themes_come_after_the_text_and_the_breadcrumb_does_not_repeat_the_title()
    {
        using var site = MiniSite.Build("""
            -- input/articles/a.md --
            ---
            title: A long title here
            themes: [china-factor]
            ---

            The first paragraph.
            -- input/themes/china-factor.md --
            ---
            title: The China factor
            ---
            """);
        var page = site.Html("articles/a/index.html");
        Assert.Null(page.QuerySelector(".article-header .tags"));
        Assert.Equal("The China factor", page.QuerySelector(".article-source .tags a")!.TextContent);
        Assert.Equal(["Home", "Articles"], page.QuerySelectorAll(".breadcrumbs li").Select(li => li.TextContent.Trim()));
        Assert.DoesNotContain("A long title here", page.QuerySelector(".breadcrumbs")!.TextContent);
    }

    [Fact]
    public void Says_plainly_what_is_not_stated()
    {
        using var site = MiniSite.Build("""
            -- input/articles/a.md --
            ---
            title: Unknown provenance
            ---

            The text.
            """);
        var page = site.Html("articles/a/index.html");
        Assert.Equal("Author not stated", page.QuerySelector(".byline")!.TextContent);
        Assert.Equal("Date not stated", page.QuerySelector(".dateline .undated")!.TextContent);
        Assert.Equal("Publisher not stated.", page.QuerySelector(".publication")!.TextContent);
        Assert.Equal("The address of the original was not recorded with this copy.", page.QuerySelector(".source-missing")!.TextContent);
    }

    [Fact]
    public void A_chapter_names_its_book_number_editors_publisher_and_host_and_says_it_is_an_excerpt()
    {
        using var site = MiniSite.Build("""
            -- input/articles/c.md --
            ---
            title: The Role of China
            authors:
              - Kazuhiko Togo
              - name: Anna Editor
                role: editor
            kind: chapter
            book: Japan and Russia in Asia
            chapter: 20
            excerpt: true
            publisher: Cambridge University Press
            original_publisher: Amsterdam University Press
            source_url: https://example.org/chapter
            ---

            ## Summary

            The summary.
            """);
        var page = site.Html("articles/c/index.html");
        Assert.Equal("Chapter 20 of Japan and Russia in Asia, edited by Anna Editor, published by Amsterdam University Press; read on Cambridge University Press.", page.QuerySelector(".publication")!.TextContent);
        Assert.DoesNotContain("Originally published", page.QuerySelector("main")!.TextContent);
        Assert.Contains("Only an excerpt is reproduced here", page.QuerySelector(".excerpt-note")!.TextContent);
        Assert.Equal("https://example.org/chapter", page.QuerySelector(".article-source a")!.GetAttribute("href"));
    }

    [Fact]
    public void Contents_leave_out_empty_sections_and_carry_the_language_of_their_passage()
    {
        using var site = MiniSite.Build("""
            -- input/articles/a.md --
            ---
            title: Abstract
            other_languages: [ru]
            ---

            ## One

            Text.

            ## Two

            Text.

            <div lang="ru">

            ## Экономика

            Текст.

            ## Пусто

            ## Тоже пусто

            </div>
            """);
        var links = site.Html("articles/a/index.html").QuerySelectorAll(".toc a");
        Assert.Equal(["One", "Two", "Экономика"], links.Select(a => a.TextContent));
        Assert.Equal([null, null, "ru"], links.Select(a => a.GetAttribute("lang")));
    }

    [Fact]
    public void Theme_index_sorts_ignoring_a_leading_article()
    {
        using var site = MiniSite.Build("""
            -- input/articles/a.md --
            ---
            title: A
            themes: [china-factor, energy, borders]
            ---

            Text.
            -- input/themes/china-factor.md --
            ---
            title: The China factor
            ---
            -- input/themes/energy.md --
            ---
            title: Energy
            ---
            -- input/themes/borders.md --
            ---
            title: Borders
            ---
            """);
        Assert.Equal(["Borders", "The China factor", "Energy"], site.Html("themes/index.html").QuerySelectorAll(".term-list li a").Select(a => a.TextContent));
    }

    [Fact]
    public void The_home_heading_is_not_the_site_name_again()
    {
        using var site = MiniSite.Build("""
            -- input/index.md --
            ---
            title: Test Reader
            description: Long-form analysis of one question.
            ---

            Introduction.
            -- input/articles/a.md --
            ---
            title: A
            ---

            Text.
            """);
        Assert.Equal("Long-form analysis of one question", site.Html("index.html").QuerySelector("h1")!.TextContent);
    }

    [Theory]
    [InlineData("One sentence here. Another one that runs on and on past the limit of the card.", 40, "One sentence here.")]
    [InlineData("Relations with the U.S. worsened. Then more text follows here.", 50, "Relations with the U.S. worsened.")]
    [InlineData("Short.", 40, "Short.")]
    public void Card_summaries_end_at_a_sentence(string text, int max, string expected) =>
        Assert.Equal(expected, Formatting.Sentences(text, max));
}
