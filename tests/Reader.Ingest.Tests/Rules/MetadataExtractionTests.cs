using Reader.Content;

namespace Reader.Ingest.Tests.Rules;

/// <summary>Metadata lines above and below the body go to front matter, not into the body.</summary>
public sealed class MetadataExtractionTests
{
    private static readonly string Body = Clean.Prose();

    [Fact]
    public void Reads_title_subtitle_byline_and_date_above_the_body()
    {
        var page = Clean.Page("A Title Of The Article", "", "A Subtitle Under It", "", "By Jane Roe, Professor at Keio University", "", "May 12, 2020", Body);
        Assert.Equal("A Title Of The Article", page.FrontMatter.Title);
        Assert.Equal("A Subtitle Under It", page.FrontMatter.Subtitle);
        Assert.Equal(new AuthorCredit("Jane Roe", AuthorRole.Author, "Keio University"), Assert.Single(page.FrontMatter.Authors));
        Assert.Equal("Professor", page.AuthorBios["Jane Roe"]);
        Assert.Equal(new DateOnly(2020, 5, 12), page.FrontMatter.Date);
        Assert.Equal(Body + "\n", page.Body);
    }

    [Fact]
    public void A_date_inside_the_text_is_not_the_publication_date()
    {
        var page = Clean.Page("A Title Of The Article", "", "Putin will visit Japan on Dec. 15, as the two leaders officially announced in Vladivostok in September this year.");
        Assert.Null(page.FrontMatter.Date);
        Assert.Contains("no publication date stated", page.Report.Warnings);
    }

    [Fact]
    public void An_interview_credits_interviewee_and_interviewer_and_bolds_questions()
    {
        var page = Clean.Page(
            "Tokyo Site Foundation", "", "A Talk About Russia", "", "Interview with TSF Senior Fellow Jane Roe", "", "By John Doe, Editor", "",
            "How do you see Russia?", "\u00A0", Body, "", "© 2020 Tokyo Site Foundation");
        Assert.Equal("interview", page.FrontMatter.Kind);
        Assert.Equal(
            [new AuthorCredit("Jane Roe", AuthorRole.Interviewee, "Tokyo Site Foundation"), new AuthorCredit("John Doe", AuthorRole.Interviewer)],
            page.FrontMatter.Authors);
        Assert.StartsWith("**How do you see Russia?**\n\n", page.Body);
        Assert.Equal("Tokyo Site Foundation", page.FrontMatter.Publisher);
    }

    [Fact]
    public void Reads_name_and_affiliation_blocks_and_the_info_block()
    {
        var page = Clean.Page(
            "3 - A Chapter Title Here", "", "Published online by Some University Press:\u00A026 March 2024", "",
            "Jane Roe", "Affiliation:", "Keio University, Japan", "", "Summary", "", Body, "",
            "Type", "Chapter", "Information", "Publisher: Other Press", "Print publication year: 2024");
        Assert.Equal("A Chapter Title Here", page.FrontMatter.Title);
        Assert.Equal(new AuthorCredit("Jane Roe", AuthorRole.Author, "Keio University, Japan"), Assert.Single(page.FrontMatter.Authors));
        Assert.Equal("Some University Press", page.FrontMatter.Publisher);
        Assert.Equal("Other Press", page.FrontMatter.OriginalPublisher);
        Assert.Equal("chapter", page.FrontMatter.Kind);
        Assert.Equal(Body, page.FrontMatter.Summary);
        Assert.Equal($"## Summary\n\n{Body}\n", page.Body);
    }

    [Fact]
    public void Takes_the_author_box_under_the_body_as_author_and_bio()
    {
        var page = Clean.Page("A Title Of The Article", "", Body, "", "    • President (2012–2016)", "    • Jane Roe", "    • Jane Roe");
        Assert.Equal("Jane Roe", Assert.Single(page.FrontMatter.Authors).Name);
        Assert.Equal("President (2012–2016)", page.AuthorBios["Jane Roe"]);
        Assert.Equal(Body + "\n", page.Body);
    }

    [Fact]
    public void Keeps_the_reprint_credit_in_the_body_and_names_the_original_publisher()
    {
        var page = Clean.Page("A Title Of The Article", "", Body, "", "Reprinted with permission from the website of the Valdai Discussion Club .");
        Assert.Equal("Valdai Discussion Club", page.FrontMatter.OriginalPublisher);
        Assert.EndsWith("Reprinted with permission from the website of the Valdai Discussion Club.\n", page.Body);
    }

    [Fact]
    public void A_publishers_introduction_in_the_third_person_is_the_standfirst_not_the_body()
    {
        var introduction = "Relations have soured, but a visit is likely, notes Foundation President Masahiro Akiyama in an article originally published by the Valdai Discussion Club.";
        var page = Clean.Page("A Title Of The Article", "", introduction, "", "*     *     *", "", Body);
        Assert.Equal(introduction, page.FrontMatter.Summary);
        Assert.Equal(Body + "\n", page.Body);
    }

    [Fact]
    public void A_first_paragraph_quoting_someone_stays_in_the_body()
    {
        var quoting = "Relations have soured, but a visit is likely, says Foreign Minister Sergey Lavrov, who spoke to reporters in Moscow on Tuesday.";
        var page = Clean.Page("A Title Of The Article", "", quoting, "", Body);
        Assert.StartsWith(quoting, page.Body);
    }

    [Fact]
    public void No_space_is_left_before_a_full_stop_or_comma()
    {
        var page = Clean.Page("A Title Of The Article", "", Body, "", "It was first published by the Valdai Club , in Moscow .");
        Assert.EndsWith("It was first published by the Valdai Club, in Moscow.\n", page.Body);
    }

    [Fact]
    public void A_standfirst_before_a_break_is_the_summary()
    {
        var page = Clean.Page("A Title Of The Article", "", "A short standfirst.", "", "*     *     *", "", Body);
        Assert.Equal("A short standfirst.", page.FrontMatter.Summary);
        Assert.Equal($"A short standfirst.\n\n* * *\n\n{Body}\n", page.Body);
    }

    [Fact]
    public void A_page_without_title_gets_a_derived_one_and_a_warning()
    {
        var page = Clean.Page(Body);
        Assert.StartsWith("This is a long paragraph about the negotiations", page.FrontMatter.Title);
        Assert.Contains(page.Report.Warnings, w => w.StartsWith("the page states no title; title derived from", StringComparison.Ordinal));
    }

    [Fact]
    public void Marks_passages_in_another_language_and_lists_that_language()
    {
        var page = Clean.Page("A Title Of The Article", "", Body, "", "Очевидный стратегический приоритет Москвы проявляется в том, что она относится ко всем инициативам США.");
        Assert.Equal("en", page.FrontMatter.Language);
        Assert.Equal(["ru"], page.FrontMatter.OtherLanguages);
        Assert.Contains("<div lang=\"ru\">\n\nОчевидный", page.Body);
        Assert.EndsWith("США.\n\n</div>\n", page.Body);
    }
}
