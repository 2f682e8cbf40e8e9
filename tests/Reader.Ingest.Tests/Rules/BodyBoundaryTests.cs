namespace Reader.Ingest.Tests.Rules;

/// <summary>What stands above the first paragraph and below the last one is chrome unless it leads into or belongs to the body.</summary>
public sealed class BodyBoundaryTests
{
    private static readonly string Body = Clean.Prose();
    private static readonly string Second = Clean.Prose("the second round");

    [Fact]
    public void Removes_a_cookie_banner_known_only_by_its_consent_vocabulary()
    {
        var body = Clean.Body(
            "To provide the best experiences, we use technologies like cookies to store and access device information.", "", "Accept", "",
            "A Title Of The Article", "", Body);
        Assert.Equal(Body + "\n", body);
    }

    [Fact]
    public void Keeps_a_short_paragraph_that_mentions_cookies_in_passing()
    {
        const string Paragraph = "The bakery sold cookies to the delegates, who argued about the treaty until late at night.";
        Assert.Contains("bakery sold cookies", Clean.Body("A Title Of The Article", "", Body, "", Paragraph));
    }

    [Fact]
    public void Removes_kicker_standfirst_and_unread_byline_above_the_first_paragraph()
    {
        var body = Clean.Body(
            "Economy", "", "A Title Of The Article", "", "A standfirst that sums up the story in one sentence.", "",
            "By Marcus Bell · 2024-05-08", "", "Amina Yusuf 2022-09-30", "", Body);
        Assert.Equal(Body + "\n", body);
    }

    [Fact]
    public void Keeps_the_heading_and_question_that_lead_into_the_first_paragraph()
    {
        Assert.StartsWith("## Summary\n", Clean.Body("A Title Of The Article", "", "Export citation", "", "Summary", "", Body));
        Assert.Contains("How did the talks go?", Clean.Body("A Title Of The Article", "", "How did the talks go?", "", Body));
    }

    [Fact]
    public void Ends_the_article_at_a_counted_comments_heading()
    {
        var body = Clean.Body(
            "A Title Of The Article", "", Body, "", "3 Responses to A Title Of The Article", "", " 1. Margaret says:", "",
            "    " + Clean.Prose("what a commenter thinks"));
        Assert.Equal(Body + "\n", body);
    }

    [Fact]
    public void Ends_the_article_at_the_first_of_several_comment_author_lines()
    {
        var body = Clean.Body(
            "A Title Of The Article", "", Body, "", "Margaret says: November 20, 2022 at 9:10 pm", "", Clean.Prose("one reader's view"), "",
            "Arun says:", "", Clean.Prose("another reader's view"));
        Assert.Equal(Body + "\n", body);
    }

    [Fact]
    public void Keeps_a_single_line_ending_in_says_inside_the_body()
    {
        Assert.Contains("The minister says:", Clean.Body("A Title Of The Article", "", Body, "", "The minister says:", "", Second));
    }

    [Fact]
    public void Ends_the_article_at_a_heading_starting_like_a_related_list()
    {
        var body = Clean.Body("A Title Of The Article", "", Body, "", "More from Pavel Grin", "", Clean.Prose("another of his articles"));
        Assert.Equal(Body + "\n", body);
    }

    [Fact]
    public void Removes_footer_links_and_what_follows_a_copyright_line_under_the_body()
    {
        var body = Clean.Body(
            "A Title Of The Article", "", Body, "", "About us Contact Privacy policy Terms of use", "",
            "View non-AMP version © 2023 Asia Daily", "", "Substack is the home for great culture");
        Assert.Equal(Body + "\n", body);
    }

    [Fact]
    public void Removes_a_prompt_glued_to_the_last_paragraph_and_keeps_the_paragraph()
    {
        var body = Clean.Body("A Title Of The Article", "", Body, "This entry was posted in Books. Bookmark the permalink.");
        Assert.Equal(Body + "\n", body);
    }

    [Fact]
    public void Removes_the_heading_of_a_newsletter_box()
    {
        var body = Clean.Body(
            "A Title Of The Article", "", Body, "", "Get our weekly briefing", "", "Sign up for our newsletter and receive the best analysis.");
        Assert.Equal(Body + "\n", body);
    }

    [Fact]
    public void Takes_a_bio_opening_with_the_bylined_author_into_metadata()
    {
        var page = Clean.Page(
            "A Title Of The Article", "", "By Oliver Grant", "", Body, "",
            "Oliver Grant is a staff writer covering technology and society. She previously worked as a radio producer.");
        Assert.Equal(Body + "\n", page.Body);
        Assert.StartsWith("Oliver Grant is a staff writer", page.AuthorBios["Oliver Grant"]);
    }

    [Fact]
    public void Keeps_a_long_paragraph_about_the_author_inside_the_body()
    {
        var paragraph = "Oliver Grant said the network " + string.Join(' ', Enumerable.Repeat("kept working through the storm.", 20));
        Assert.Contains("Oliver Grant said", Clean.Body("A Title Of The Article", "", "By Oliver Grant", "", Body, "", paragraph));
    }

    [Fact]
    public void Removes_tag_values_under_a_tag_label_standing_alone()
    {
        var body = Clean.Body("A Title Of The Article", "", Body, "", "Tags", "Nile", "Ethiopia", "", "Keywords", "", "Russia, Japan, energy");
        Assert.Equal(Body + "\n", body);
    }

    [Fact]
    public void Removes_filing_credit_and_post_navigation_lines_under_the_body()
    {
        var body = Clean.Body(
            "A Title Of The Article", "", Body, "", "Posted in Arctic Tagged diplomacy, Norway",
            "Previous post: The ice road to YakutskNext post: Svalbard's coal problem", "",
            "Reporting by Olena Kovalenko; Editing by Mark Heinrich", "", "Back to the archive");
        Assert.Equal(Body + "\n", body);
    }

    [Fact]
    public void Removes_a_trailing_list_of_titles_with_its_repeated_heading()
    {
        var body = Clean.Body(
            "A Title Of The Article", "", Body, "", "More research", "", "More research", "",
            "  • Sanctions and the limits of leverage", "  • A new era for Baltic security");
        Assert.Equal(Body + "\n", body);
    }

    [Fact]
    public void Keeps_a_list_of_sentences_under_the_body()
    {
        var body = Clean.Body(
            "A Title Of The Article", "", Body, "", "Key findings", "", "  • Trade could cut shortages by a third.", "  • Tariffs must change.");
        Assert.Contains("Trade could cut shortages", body);
        Assert.Contains("Key findings", body);
    }

    [Fact]
    public void Keeps_a_list_of_titles_followed_by_more_of_the_article()
    {
        var body = Clean.Body(
            "A Title Of The Article", "", Body, "", "  • Kazakhstan and its neighbours", "  • Uzbekistan", "", Second);
        Assert.Contains("Uzbekistan", body);
    }

    [Fact]
    public void Removes_download_links()
    {
        var body = Clean.Body("A Title Of The Article", "", Body, "", "Download PDF (2.4 MB, 64 pages)", "", Second);
        Assert.DoesNotContain("Download", body);
    }

    [Fact]
    public void Reads_an_info_block_whose_value_is_a_book_title_with_pages()
    {
        var page = Clean.Page(
            "A Title Of The Article", "", Body, "", "Type", "    Chapter", "Information", "    Empires on the Pacific, pp. 112 - 140", "Publisher",
            "    Cambridge University Press");
        Assert.Equal(Body + "\n", page.Body);
        Assert.Equal("chapter", page.FrontMatter.Kind);
    }
}
