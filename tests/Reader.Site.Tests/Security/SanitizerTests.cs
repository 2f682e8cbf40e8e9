using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Reader.Site.Tests.Support;
using Reader.Site.Text;

namespace Reader.Site.Tests.Security;

public sealed class SanitizerTests
{
    private static readonly string[] ForbiddenElements =
    [
        "script", "style", "iframe", "frame", "frameset", "object", "embed", "applet", "form", "input", "button", "textarea",
        "select", "link", "meta", "base", "svg", "math", "audio", "video", "source", "template", "noscript", "body",
    ];

    private static readonly string[] RawText = ["<script", "<iframe", "<style", "<noscript", "<template", "<textarea", "<xmp", "<title", "<noembed", "<noframes"];

    public static TheoryData<string> Payloads
    {
        get
        {
            var data = new TheoryData<string>();
            foreach (var payload in PayloadLines())
            {
                data.Add(payload);
            }

            return data;
        }
    }

    private static IEnumerable<string> PayloadLines() =>
        File.ReadLines(Path.Combine(RepoPaths.TestProject, "Security", "xss-payloads.txt")).Where(l => l.Length > 0 && !l.StartsWith('#'));

    [Theory]
    [MemberData(nameof(Payloads))]
    public void Raw_html_payload_in_markdown_leaves_nothing_executable(string payload)
    {
        var html = ArticleMarkdown.ToHtml($"Some text.\n\n{payload}\n\nMore text.\n");
        AssertInert(html);

        // An unclosed <script> or <iframe> swallows what follows in any browser; other payloads must not.
        if (!RawText.Any(tag => payload.Contains(tag, StringComparison.OrdinalIgnoreCase)))
        {
            Assert.Contains("More text.", html);
        }
    }

    [Theory]
    [MemberData(nameof(Payloads))]
    public void Inline_payload_inside_a_paragraph_leaves_nothing_executable(string payload) =>
        AssertInert(ArticleMarkdown.ToHtml($"Before {payload} after."));

    [Theory]
    [InlineData("[click](javascript:alert(1))")]
    [InlineData("[click](JavaScript:alert(1))")]
    [InlineData("[click](data:text/html;base64,PHNjcmlwdD4=)")]
    [InlineData("[click](vbscript:msgbox(1))")]
    [InlineData("![img](javascript:alert(1))")]
    [InlineData("<javascript:alert(1)>")]
    [InlineData("[click][ref]\n\n[ref]: javascript:alert(1)")]
    public void Markdown_links_with_unsafe_schemes_lose_their_target(string markdown)
    {
        var html = ArticleMarkdown.ToHtml(markdown);
        AssertInert(html);
    }

    [Fact]
    public void Keeps_what_articles_need()
    {
        var html = ArticleMarkdown.ToHtml("<div lang=\"ru\">\n\nПривет, *мир*.\n\n</div>\n\n<span lang=\"ja\">日本語</span> and [a link](/articles/x/ \"t\").\n");
        var document = Parse(html);
        Assert.Equal("ru", document.QuerySelector("div")!.GetAttribute("lang"));
        Assert.Equal("мир", document.QuerySelector("div em")!.TextContent);
        Assert.Equal("ja", document.QuerySelector("span")!.GetAttribute("lang"));
        Assert.Equal("/articles/x/", document.QuerySelector("a")!.GetAttribute("href"));
    }

    [Fact]
    public void External_links_get_noopener_noreferrer_and_insecure_images_are_upgraded()
    {
        var html = ArticleMarkdown.ToHtml("[out](https://example.org/a) and <https://example.org/b> and ![p](http://example.org/p.jpg)");
        var document = Parse(html);
        Assert.All(document.QuerySelectorAll("a"), a => Assert.Equal("noopener noreferrer", a.GetAttribute("rel")));
        Assert.Equal("https://example.org/p.jpg", document.QuerySelector("img")!.GetAttribute("src"));
    }

    [Fact]
    public void Unknown_elements_are_unwrapped_and_keep_their_text()
    {
        var html = HtmlSanitizer.Clean("<custom-widget onclick=\"x()\"><p>Kept <blink>words</blink>.</p></custom-widget>");
        Assert.Equal("<p>Kept words.</p>", html);
    }

    [Fact]
    public void A_built_page_with_hostile_content_carries_no_script_but_its_own()
    {
        var payloads = string.Join("\n\n", PayloadLines());
        using var site = MiniSite.Build($"""
            -- input/index.md --
            ---
            title: "<script>alert('index')</script>"
            description: "\"><script>alert('description')</script>"
            ---

            <script>alert('intro')</script>
            -- input/themes/evil.md --
            ---
            title: "<script>alert('theme')</script>"
            description: "<img src=x onerror=alert('theme')>"
            ---

            <iframe src="javascript:alert('theme body')"></iframe>
            -- input/authors/evil.md --
            ---
            name: "<svg onload=alert(1)>"
            affiliations: ["<script>alert('affiliation')</script>"]
            ---

            <img src=x onerror=alert('bio')>
            -- input/articles/hostile.md --
            ---
            title: "<script>alert('title')</script>"
            subtitle: "</p><script>alert('subtitle')</script>"
            summary: "<img src=x onerror=alert(1)>"
            publisher: "<script>alert('publisher')</script>"
            original_publisher: "<script>alert('original')</script>"
            source_url: "javascript:alert('source')"
            authors:
              - name: "<svg onload=alert(1)>"
                affiliation: "\" onmouseover=\"alert(1)"
            themes: [evil]
            ---

            {payloads}
            """);

        foreach (var path in site.Output.Pages)
        {
            var page = site.Html(path);
            Assert.All(page.QuerySelectorAll("script"), s => Assert.True(s.GetAttribute("type") == "application/ld+json" || s.GetAttribute("src") is "/assets/site.js" or "/assets/theme-init.js" || (path == "search/index.html" && s.GetAttribute("src") == "/assets/search.js"), $"{path}: {s.OuterHtml}"));
            // The search page's own search box is the site's, not the content's, and so is the timeline's filter form;
            // its options are encoded text like the rest. The search page loads its own script (checked above).
            page.QuerySelector("main form.search-page__form")?.Remove();
            page.QuerySelector("main script[src='/assets/search.js']")?.Remove();
            AssertInert(page.QuerySelector("main")!.InnerHtml, allowElements: path.Contains("timeline", StringComparison.Ordinal));
            AssertInert(page.Body!.InnerHtml, allowElements: true);
        }

        Assert.Contains("<script>alert(‘title’)</script>", site.Html("articles/hostile/index.html").QuerySelector("h1")!.TextContent); // as text, its quotes set
    }

    private static IDocument Parse(string html) => new HtmlParser().ParseDocument($"<!doctype html><body>{html}</body>");

    /// <param name="allowElements">For a whole page, whose header holds the site's own search form and buttons.</param>
    private static void AssertInert(string html, bool allowElements = false)
    {
        var document = Parse(html);
        var body = document.Body!;
        foreach (var element in body.QuerySelectorAll("*"))
        {
            if (!allowElements)
            {
                Assert.DoesNotContain(element.LocalName, ForbiddenElements);
            }

            foreach (var attribute in element.Attributes)
            {
                Assert.False(attribute.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase), $"event handler {attribute.Name} in {html}");
                Assert.NotEqual("style", attribute.Name);
                if (attribute.Name is "href" or "src" or "cite" or "background" or "action" or "data" or "formaction")
                {
                    Assert.True(UrlPolicy.IsSafe(attribute.Value), $"unsafe URL {attribute.Value} in {html}");
                    Assert.False(attribute.Value.StartsWith("http://", StringComparison.OrdinalIgnoreCase) && element.LocalName == "img", "mixed content");
                }
            }
        }
    }
}
