using Reader.Ingest.Html;

namespace Reader.Ingest.Tests.Html;

/// <summary>Pages whose chrome outweighs the article: teaser rails, live blogs, atomic-CSS class names, inline scripts.</summary>
public sealed class ChromeHeavyPageTests
{
    private const string Sentence = "The harbour board said on Tuesday that freight volumes had recovered faster than forecast, although the figures are disputed.";

    private static CleanedArticle Page(string body, string head = "") =>
        new Cleaner().Clean(SeedPage.FromText($"<!DOCTYPE html><html lang=\"en\"><head><title>A Title | Site</title>{head}</head><body>{body}</body></html>", "seeds/t.html"));

    private static string Paragraph(int i, int sentences = 1) =>
        $"Paragraph {i} of the story. " + string.Concat(Enumerable.Repeat(Sentence + " ", sentences));

    private static string Rail(int cards) => "<section class=\"rail\">" + string.Concat(Enumerable.Range(0, cards).Select(i =>
        $"<div class=\"card\"><a href=\"/s/{i}\"><h3>Teaser headline number {i} about the budget</h3></a><p>Teaser {i}: the committee has argued that the reform had stalled in the upper chamber, as the election approaches.</p></div>")) + "</section>";

    [Fact]
    public void A_teaser_rail_beside_a_short_paragraph_article_does_not_make_a_listing()
    {
        var story = "<div class=\"story\">" + string.Concat(Enumerable.Range(0, 6).Select(i => $"<p>{Paragraph(i)}</p>")) + "</div>";

        var result = Page(story + Rail(40));

        Assert.True(result.IsArticle, result.NotArticleReason);
        Assert.Contains("Paragraph 5 of the story", result.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("Teaser 3:", result.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void A_page_of_teasers_with_blurbs_is_a_listing()
    {
        var result = Page("<main><h1>World news</h1>" + Rail(30) + "</main>");

        Assert.Equal(PageKind.Listing, result.Kind);
    }

    [Fact]
    public void Blurbs_under_linked_headlines_are_not_prose()
    {
        Assert.False(PageClassifier.HasProse("[### A headline that links](https://x.org/a)\n\nA blurb that is long enough to look like a paragraph of prose, with a comma or two.\n\n[### Another](https://x.org/b)\n\nAnother blurb that is long enough to look like a paragraph of prose, with a comma."));
        Assert.True(PageClassifier.HasProse(string.Join("\n\n", Enumerable.Range(0, 3).Select(i => Paragraph(i, 2)))));
    }

    [Fact]
    public void A_medium_story_split_over_sections_with_generated_class_names_keeps_its_body()
    {
        var sections = string.Concat(Enumerable.Range(0, 3).Select(s =>
            "<section><div class=\"ab ca\"><div class=\"ch bg ad ga gb\">" + string.Concat(Enumerable.Range(0, 4).Select(i => $"<p class=\"pw-post-body-paragraph\">{Paragraph(s * 4 + i, 3)}</p>")) + "</div></div></section>"));
        var responses = "<div class=\"bg ad mk\"><h2>Responses (12)</h2>" + string.Concat(Enumerable.Range(0, 12).Select(i => $"<div><a href=\"/@{i}\">Reader {i}</a><p>Response {i}: {Sentence} {Sentence}</p></div>")) + "</div>";

        var result = Page($"<div id=\"root\"><article>{sections}</article>{responses}</div>");

        Assert.Contains("Paragraph 0 of the story", result.Body, StringComparison.Ordinal);
        Assert.Contains("Paragraph 11 of the story", result.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("Response 3:", result.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void Generated_two_letter_class_names_are_not_class_words()
    {
        var element = new AngleSharp.Html.Parser.HtmlParser().ParseDocument("<div class=\"ch bg ad ga\"></div><div class=\"ad ad-top\"></div>").Body!.Children;

        Assert.False(ClassHints.Default.IsNegative(element[0]));
        Assert.True(ClassHints.Default.IsNegative(element[1]));
    }

    [Fact]
    public void A_live_blog_keeps_every_entry_with_its_time_and_headline()
    {
        var entries = string.Concat(Enumerable.Range(0, 5).Select(i =>
            $"<article class=\"entry\"><header><time>14:{i}0</time><h2>Entry headline {i}</h2></header><div class=\"entry-body\"><p>{Paragraph(i, 2)}</p></div></article>"));
        var teasers = string.Concat(Enumerable.Range(0, 8).Select(i => $"<article class=\"teaser\"><h3><a href=\"/t/{i}\">Other story {i} from the newsroom</a></h3></article>"));

        var result = Page($"<main><h1>Live: the budget</h1><div class=\"stream\">{entries}</div><div class=\"aside\">{teasers}</div></main>");

        Assert.Contains("Entry headline 0", result.Body, StringComparison.Ordinal);
        Assert.Contains("14:40", result.Body, StringComparison.Ordinal);
        Assert.Contains("Paragraph 4 of the story", result.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("Other story", result.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void Scripts_styles_svg_and_comments_are_cut_before_parsing_but_json_ld_stays()
    {
        var html = "<p>a</p><script>var x = '<p>never</p>';</script><!-- <script> --><STYLE>p{}</STYLE><svg><svg><path/></svg><text>icon</text></svg><script type=\"application/ld+json\">{\"@type\":\"Article\"}</script><p>b</p>";

        Assert.Equal("<p>a</p><p>b</p>".Replace("<p>b", "<script type=\"application/ld+json\">{\"@type\":\"Article\"}</script><p>b", StringComparison.Ordinal), InertMarkup.Strip(html));
    }

    [Fact]
    public void An_unclosed_script_is_left_to_the_parser()
    {
        Assert.Equal("<p>a</p><script>var x", InertMarkup.Strip("<p>a</p><script>var x"));
    }
}
