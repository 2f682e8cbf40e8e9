using System.Text;
using Reader.Ingest.Html;

namespace Reader.Ingest.Tests.Html;

public sealed class HtmlCleaningTests
{
    private static readonly string Prose = Clean.Prose();

    private static CleanedArticle Page(string body, string head = "") =>
        new Cleaner().Clean(SeedPage.FromText($"<!DOCTYPE html><html lang=\"en\"><head><title>A Title | Site</title>{head}</head><body>{body}</body></html>", "seeds/t.html"));

    private static string Article(params string[] paragraphs) =>
        "<article>" + string.Concat(paragraphs.Select(p => $"<p>{p}</p>")) + "</article>";

    [Fact]
    public void Html_text_is_dispatched_by_content_not_extension()
    {
        Assert.True(SeedPage.FromText("  <!doctype html><p>x</p>").IsHtml);
        Assert.True(SeedPage.FromText("<html><p>x</p></html>").IsHtml);
        Assert.False(SeedPage.FromText("Title\n\nA text dump.").IsHtml);
    }

    [Fact]
    public void Sniffs_a_declared_windows_1251_page()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var bytes = Encoding.GetEncoding(1251).GetBytes("<html><head><meta charset=\"windows-1251\"></head><body><p>Привет, мир</p></body></html>");

        Assert.Contains("Привет, мир", EncodingSniffer.Decode(bytes));
    }

    [Fact]
    public void Guesses_windows_1251_when_cyrillic_bytes_dominate_and_nothing_is_declared()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var bytes = Encoding.GetEncoding(1251).GetBytes("<html><body><p>Арктика как пространство сотрудничества</p></body></html>");

        Assert.Equal(1251, EncodingSniffer.Detect(bytes).CodePage);
    }

    [Fact]
    public void Guesses_shift_jis_for_undeclared_japanese_bytes()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var bytes = Encoding.GetEncoding("shift_jis").GetBytes("<html><body><p>日本とロシアの間の平和条約交渉は停滞してきた。</p></body></html>");

        Assert.Contains("平和条約交渉", EncodingSniffer.Decode(bytes));
    }

    [Fact]
    public void A_byte_order_mark_wins_over_a_wrong_declaration()
    {
        var bytes = new byte[] { 0xEF, 0xBB, 0xBF }.Concat(Encoding.UTF8.GetBytes("<html><head><meta charset=\"windows-1252\"></head><body>Здравствуйте</body></html>")).ToArray();

        Assert.Contains("Здравствуйте", EncodingSniffer.Decode(bytes));
    }

    [Theory]
    [InlineData("<div id=\"onetrust-consent-sdk\"><p>We use cookies and similar technologies on this site.</p></div>")]
    [InlineData("<div id=\"CybotCookiebotDialog\"><p>This website uses cookies for analytics.</p></div>")]
    [InlineData("<div id=\"didomi-host\"><p>We and our partners store cookies.</p></div>")]
    [InlineData("<div id=\"qc-cmp2-container\"><p>We value your privacy policy.</p></div>")]
    [InlineData("<div id=\"truste-consent-track\"><p>TrustArc cookie preferences.</p></div>")]
    [InlineData("<div class=\"osano-cm-window\"><p>This website stores cookies.</p></div>")]
    [InlineData("<div class=\"cmplz-cookiebanner\"><p>To provide the best experiences we use cookies.</p></div>")]
    [InlineData("<div class=\"cky-consent-container\"><p>We use cookies to enhance browsing.</p></div>")]
    [InlineData("<div id=\"usercentrics-root\"><p>This site uses tracking technologies.</p></div>")]
    [InlineData("<div role=\"dialog\" aria-modal=\"true\"><p>Save book to Kindle: first add our address.</p></div>")]
    [InlineData("<div style=\"display: none\"><p>Hidden teaser text that readers never see.</p></div>")]
    public void Removes_consent_banners_dialogs_and_hidden_elements(string chrome)
    {
        var article = Page(chrome + Article(Prose, Prose, Prose));

        Assert.DoesNotContain("cookies", article.Body, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("Kindle", article.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("Hidden teaser", article.Body, StringComparison.Ordinal);
        Assert.Contains("negotiations", article.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void Scores_the_prose_block_over_link_lists_without_any_landmark()
    {
        var links = "<div class=\"x1\"><ul>" + string.Concat(Enumerable.Range(1, 12).Select(i => $"<li><a href=\"/{i}\">Other story number {i}, with a comma</a></li>")) + "</ul></div>";
        var body = $"<div>{links}<div class=\"x2\"><p>{Prose}</p><p>{Clean.Prose("the treaty, its terms, and its critics")}</p><p>{Prose}</p></div></div>";

        var article = Page(body);

        Assert.Contains("the treaty, its terms, and its critics", article.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("Other story", article.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void Link_density_counts_link_text_against_all_text()
    {
        var document = HtmlPage.Parse("<div id=\"d\">four words of text <a href=\"/x\">link text here</a></div>").Document;

        Assert.Equal(14.0 / 33, TextMeasure.LinkDensity(document.GetElementById("d")!), 2);
    }

    [Fact]
    public void Prunes_share_bars_bylines_and_related_lists_inside_the_article()
    {
        var body = "<article><div class=\"byline\">By Jane Roe</div>" + $"<p>{Prose}</p><p>{Prose}</p>"
            + "<div class=\"share-tools\"><a href=\"/t\">Twitter</a> <a href=\"/f\">Facebook</a></div>"
            + "<div class=\"related-stories\"><h3>Related</h3><ul><li><a href=\"/r\">Another story</a></li></ul></div></article>";

        var article = Page(body);

        Assert.DoesNotContain("Jane Roe", article.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("Twitter", article.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("Another story", article.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void The_h1_becomes_the_title_not_a_body_heading()
    {
        var article = Page($"<article><h1>A Title</h1><p>{Prose}</p><h2>Section</h2><p>{Prose}</p></article>");

        Assert.Equal("A Title", article.FrontMatter.Title);
        Assert.DoesNotContain("# A Title", article.Body, StringComparison.Ordinal);
        Assert.Contains("## Section", article.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void Converts_each_element_kind_to_markdown()
    {
        var html = "<div><h3>Sub</h3><p>Some <em>emphasis</em>, <strong>strong</strong> and <a href=\"/x\">a link</a>.</p>"
            + "<ul><li>one<ul><li>nested</li></ul></li><li>two</li></ul><ol start=\"3\"><li>three</li></ol>"
            + "<blockquote><p>quoted</p></blockquote><figure><img src=\"/i.png\" alt=\"A chart\"><figcaption>The caption</figcaption></figure>"
            + "<table><tr><th>A</th><th>B</th></tr><tr><td>1</td><td>2</td></tr></table>"
            + "<p>Claim<sup><a href=\"#fn1\">1</a></sup></p><ol><li id=\"fn1\">The note <a href=\"#fnref1\">↩</a></li></ol>"
            + "<div>first line<br><br>second paragraph</div></div>";
        var root = HtmlPage.Parse(html).Document.Body!.FirstElementChild!;

        var markdown = new HtmlToMarkdown(new UrlResolver(new Uri("https://example.org/a/b"))).Convert([root]);

        Assert.Contains("### Sub", markdown, StringComparison.Ordinal);
        Assert.Contains("Some *emphasis*, **strong** and [a link](https://example.org/x).", markdown, StringComparison.Ordinal);
        Assert.Contains("- one\n  - nested\n- two", markdown, StringComparison.Ordinal);
        Assert.Contains("3. three", markdown, StringComparison.Ordinal);
        Assert.Contains("> quoted", markdown, StringComparison.Ordinal);
        Assert.Contains("![A chart](https://example.org/i.png)\n\nThe caption", markdown, StringComparison.Ordinal);
        Assert.Contains("| A | B |\n| --- | --- |\n| 1 | 2 |", markdown, StringComparison.Ordinal);
        Assert.Contains("Claim[^1]", markdown, StringComparison.Ordinal);
        Assert.Contains("[^1]: The note", markdown, StringComparison.Ordinal);
        Assert.Contains("first line\n\nsecond paragraph", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void Json_ld_wins_over_open_graph_and_the_title_tag()
    {
        var head = "<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@graph\":[{\"@type\":\"WebSite\",\"name\":\"Site\"},"
            + "{\"@type\":\"NewsArticle\",\"headline\":\"From JSON-LD\",\"datePublished\":\"2024-03-26T10:00:00Z\",\"author\":[{\"@type\":\"Person\",\"name\":\"Jane Roe\"}],\"publisher\":{\"name\":\"The Ledger\"}}]}</script>"
            + "<meta property=\"og:title\" content=\"From OG\"><meta property=\"article:published_time\" content=\"2020-01-01\"><link rel=\"canonical\" href=\"https://ledger.example/a\">";

        var matter = Page(Article(Prose, Prose, Prose), head).FrontMatter;

        Assert.Equal("From JSON-LD", matter.Title);
        Assert.Equal(new DateOnly(2024, 3, 26), matter.Date);
        Assert.Equal("Jane Roe", Assert.Single(matter.Authors).Name);
        Assert.Equal("The Ledger", matter.Publisher);
        Assert.Equal("https://ledger.example/a", matter.SourceUrl);
    }

    [Fact]
    public void The_title_tag_loses_the_site_name_and_no_date_is_invented()
    {
        var matter = Page(Article(Prose, Prose, Prose), "<meta property=\"og:site_name\" content=\"Site\">").FrontMatter;

        Assert.Equal("A Title", matter.Title);
        Assert.Null(matter.Date);
        Assert.Equal("en", matter.Language);
    }

    [Fact]
    public void An_error_page_is_reported_as_not_an_article()
    {
        var article = new Cleaner().Clean(SeedPage.FromText("<!DOCTYPE html><html><head><title>Page not found | Site</title></head><body><h1>Page not found</h1><p>Sorry, we could not find that page.</p></body></html>", "seeds/e.html"));

        Assert.Equal(PageKind.Error, article.Kind);
        Assert.NotNull(article.NotArticleReason);
    }

    [Fact]
    public void A_listing_of_linked_headlines_is_reported_as_not_an_article()
    {
        var teasers = string.Concat(Enumerable.Range(1, 8).Select(i => $"<div><h2><a href=\"/{i}\">Headline of story number {i}</a></h2><p>Short summary {i}.</p></div>"));

        var article = Page(teasers);

        Assert.Equal(PageKind.Listing, article.Kind);
    }

    [Fact]
    public void A_page_with_almost_no_prose_is_reported_as_not_an_article()
    {
        Assert.Equal(PageKind.NoProse, Page("<div><p>Welcome. Choose a section.</p></div>").Kind);
    }

    [Fact]
    public void Class_hints_match_whole_short_words_and_prefixes_of_long_ones()
    {
        var document = HtmlPage.Parse("<div id=\"a\" class=\"ad\"></div><div id=\"b\" class=\"address\"></div><div id=\"c\" class=\"comments-area\"></div><div id=\"d\" class=\"entry-content sidebar-aware\"></div>").Document;
        var hints = ClassHints.Default;

        Assert.True(hints.IsNegative(document.GetElementById("a")!));
        Assert.False(hints.IsNegative(document.GetElementById("b")!));
        Assert.True(hints.IsNegative(document.GetElementById("c")!));
        Assert.True(hints.IsPositive(document.GetElementById("d")!));
    }
}
