using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using MarkdownAst = Markdig.Syntax.MarkdownDocument;

namespace Reader.Site.Text;

/// <summary>
/// Makes Markdown's own links safe before rendering: an unsafe URL (<c>[x](javascript:…)</c>) loses its link and
/// keeps its text, and links off the site get <c>rel="noopener noreferrer"</c>. Raw HTML is left to
/// <see cref="HtmlSanitizer"/>.
/// </summary>
public static class SafeLinks
{
    /// <summary>Returns whether the document holds raw HTML, which then needs the full sanitiser.</summary>
    public static bool Apply(MarkdownAst document)
    {
        var hasRawHtml = false;
        foreach (var node in document.Descendants())
        {
            switch (node)
            {
                case HtmlBlock or HtmlInline:
                    hasRawHtml = true;
                    break;
                case LinkInline link when !UrlPolicy.IsSafe(link.Url):
                    link.Url = link.IsImage ? "" : "#";
                    break;
                case LinkInline { IsImage: true } image:
                    image.Url = UrlPolicy.UpgradeImage(image.Url ?? "");
                    break;
                case LinkInline link when UrlPolicy.IsExternal(link.Url!):
                    link.GetAttributes().AddPropertyIfNotExist("rel", "noopener noreferrer");
                    break;
                case AutolinkInline autolink when !autolink.IsEmail && !UrlPolicy.IsSafe(autolink.Url):
                    autolink.Url = "#";
                    break;
                case AutolinkInline autolink when UrlPolicy.IsExternal(autolink.Url):
                    autolink.GetAttributes().AddPropertyIfNotExist("rel", "noopener noreferrer");
                    break;
            }
        }

        return hasRawHtml;
    }
}
