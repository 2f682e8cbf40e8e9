using System.Text.RegularExpressions;
using Reader.Site.Tests.Support;
using Reader.Site.Text;

namespace Reader.Site.Tests.Security;

/// <summary>Content cannot take the layout's ids or pass for its chrome, however its raw HTML is written.</summary>
public sealed partial class LayoutIdTests
{
    [Fact]
    public void Every_id_the_templates_write_is_reserved_from_heading_anchors()
    {
        var ids = Directory.EnumerateFiles(RepoPaths.Theme, "*.hbs", SearchOption.AllDirectories)
            .SelectMany(f => StaticId().Matches(File.ReadAllText(f)).Select(m => m.Groups["id"].Value))
            .Distinct(StringComparer.Ordinal);

        Assert.Empty(ids.Except(HeadingAnchors.ReservedIds));
        Assert.DoesNotContain(HeadingAnchors.ReservedIds, id => id.StartsWith(HtmlSanitizer.ContentIdPrefix, StringComparison.Ordinal));
    }

    [Fact]
    public void Raw_html_ids_are_prefixed_with_links_to_them_and_reader_classes_are_removed()
    {
        var html = ArticleMarkdown.ToHtml("""
            <div class="reader-errors Reader-Overlay note" id="main"><h2 id="theme-toggle">The last build has 3 errors</h2></div>

            <p><a href="#main">Back</a> <span id="note">a note</span> <a href="#note">to the note</a> <b class="reader-x">x</b></p>
            """);

        Assert.Contains("<div class=\"note\" id=\"content-main\">", html, StringComparison.Ordinal);
        Assert.Contains("id=\"content-theme-toggle\"", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"#content-main\">Back</a>", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"#content-note\">", html, StringComparison.Ordinal);
        Assert.Contains("<b>x</b>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("reader-", html, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Heading_anchors_and_footnotes_keep_their_ids_beside_raw_html()
    {
        var document = ArticleMarkdown.Parse("## A section\n\nText[^1] and <span id=\"x\">raw</span>.\n\n[^1]: The note.\n");
        HeadingAnchors.Apply(document);

        var html = ArticleMarkdown.ToHtml(document);

        Assert.Contains("id=\"a-section\"", html, StringComparison.Ordinal);
        Assert.Contains("id=\"fn:1\"", html, StringComparison.Ordinal);
        Assert.Contains("id=\"content-x\"", html, StringComparison.Ordinal);
    }

    [GeneratedRegex("""\sid="(?<id>[a-z][a-z0-9-]*)"(?=[\s>])""")]
    private static partial Regex StaticId();
}
