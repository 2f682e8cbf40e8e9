namespace Reader.Ingest.Tests.Rules;

/// <summary>Site chrome around an article goes; the article stays.</summary>
public sealed class ChromeRemovalTests
{
    private static readonly string Body = Clean.Prose();

    [Fact]
    public void Removes_cookie_banner_with_its_heading_and_buttons()
    {
        var body = Clean.Body(
            "Your privacy", "", "This site uses cookies to improve your experience.", "", "Accept all   Reject all", "Manage preferences", "",
            "A Title Of The Article", "", Body);
        Assert.Equal(Body + "\n", body);
    }

    [Fact]
    public void Removes_cookie_notice_inside_footer()
    {
        var page = Clean.Page(
            "A Title Of The Article", "", Body, "",
            "  • Privacy", "  • Cookie settings", "",
            "We use cookies to understand how the site is used. See our cookie policy.", "", "OK");
        Assert.Equal(Body + "\n", page.Body);
        Assert.Contains(page.Report.Removals, r => r.Rule == "RemoveCookieNotices");
    }

    [Fact]
    public void Keeps_a_long_paragraph_that_discusses_cookies_as_article_text()
    {
        var paragraph = string.Join(' ', Enumerable.Repeat("Regulators said that the site uses cookies in ways the law never foresaw.", 25));
        Assert.Contains("regulators said", Clean.Body("A Title Of The Article", "", paragraph).ToLowerInvariant());
    }

    [Fact]
    public void Removes_skip_links_print_buttons_and_language_switchers_as_whole_lines()
    {
        var body = Clean.Body("Skip to main content Accessibility help", "print PRINT", "日本語", "A Title Of The Article", "", Body, "", "Share", "pagetop");
        Assert.Equal(Body + "\n", body);
    }

    [Fact]
    public void Removes_nested_navigation_menus_and_the_section_label_repeating_an_entry()
    {
        var page = Clean.Page(
            "  • About", "    • History", "    • Board", "  • Programs", "    • Energy Program", "    • Security Program", "",
            "Energy Program", "", "A Title Of The Article", "", Body);
        Assert.Equal("A Title Of The Article", page.FrontMatter.Title);
        Assert.Equal(Body + "\n", page.Body);
    }

    [Fact]
    public void Removes_breadcrumbs_above_the_title() =>
        Assert.Equal("A Title Of The Article", Clean.Page("INTERNATIONAL > Europe & Eurasia", "", "A Title Of The Article", "", Body).FrontMatter.Title);

    [Fact]
    public void Ends_the_article_at_a_related_articles_heading_teasers_included()
    {
        var body = Clean.Body("A Title Of The Article", "", Body, "", "Related Articles", "", Clean.Prose("another article"), "", "November 24, 2023");
        Assert.Equal(Body + "\n", body);
    }

    [Fact]
    public void Removes_save_to_service_dialogs_up_to_their_close_button()
    {
        var body = Clean.Body(
            "A Title Of The Article", "", Body, "", "Save book to Dropbox", "",
            "To save content items to your account, please confirm that you agree to abide by our usage policies.", "",
            "Available formats", "×");
        Assert.Equal(Body + "\n", body);
    }

    [Fact]
    public void Removes_access_prompts_newsletter_boxes_and_contact_widgets()
    {
        var body = Clean.Body(
            "A Title Of The Article", "", "Get access", "", Body, "",
            "Access options", "", "Get access to the full version of this content by using one of the access options below.", "",
            "Sign Up to Our Newsletter", "", "Click on the link below to contact an expert or submit a question.");
        Assert.Equal(Body + "\n", body);
    }

    [Fact]
    public void Removes_render_debug_lines() =>
        Assert.Equal(Body + "\n", Clean.Body("Hostname: page-component-1 Total loading time: 0 Render date: 2024-07-10", "A Title Of The Article", "", Body));

    [Fact]
    public void Removes_link_lists_under_an_additional_links_heading() =>
        Assert.Equal(Body + "\n", Clean.Body(
            "A Title Of The Article", "", Body, "", "Additional links:", "", "•\u00A0 Profile for Jane Roe available here.", "•\u00A0 For more, visit the program page."));

    [Fact]
    public void Removes_trailing_tag_clouds_and_category_lines()
    {
        var body = Clean.Body(
            "  • Home", "  • Northeast Asia", "  • Europe and Eurasia", "  • Events", "",
            "A Title Of The Article", "", Body, "", "Northeast Asia Europe and Eurasia", "", "  • Ambassador", "  • Ukraine", "  • Trending Japan", "",
            "Tags: Japan, Russia");
        Assert.Equal(Body + "\n", body);
    }

    [Fact]
    public void Keeps_short_lines_after_the_body_that_are_not_tags()
    {
        var body = Clean.Body("A Title Of The Article", "", Body, "", "Экономические факторы", "Дальнейшее развитие отношений");
        Assert.Contains("## Экономические факторы", body);
        Assert.Contains("## Дальнейшее развитие отношений", body);
    }

    [Fact]
    public void Removes_footer_from_its_marker_and_copyright_lines() =>
        Assert.Equal(Body + "\n", Clean.Body("A Title Of The Article", "", Body, "", "Footer", "", "Latest Updates", "", "Copyright © 2021 The Site. All Rights Reserved."));

    [Fact]
    public void Lines_of_only_a_non_breaking_space_are_blank() =>
        Assert.Equal($"{Body}\n\n{Body}\n", Clean.Body("A Title Of The Article", "", Body, "\u00A0", Body));
}
