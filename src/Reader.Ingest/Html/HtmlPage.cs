using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace Reader.Ingest.Html;

/// <summary>A saved HTML page, decoded from its declared or sniffed encoding and parsed.</summary>
public sealed class HtmlPage
{
    // One parser per thread: batches clean pages in parallel, and AngleSharp does not promise a shared parser is safe.
    private static readonly ThreadLocal<HtmlParser> Parser = new(() => new HtmlParser(new HtmlParserOptions
    {
        IsScripting = false,

        // Nothing reads where in the source an element was.
        DisableElementPositionTracking = true,
    }));

    private HtmlPage(IHtmlDocument document) => Document = document;

    public IHtmlDocument Document { get; }

    public static HtmlPage Parse(string html) => new(Parser.Value!.ParseDocument(InertMarkup.Strip(html)));

    /// <summary>
    /// Markup rather than a text dump: it starts, after whitespace and a BOM, with a doctype, a comment or
    /// <c>&lt;html</c>, or with another tag (a bare <c>&lt;meta&gt;</c> or <c>&lt;script&gt;</c>, a server's
    /// <c>&lt;b&gt;Warning&lt;/b&gt;</c>) when the page's <c>&lt;html</c>, <c>&lt;head</c> or <c>&lt;body</c> follows soon.
    /// </summary>
    public static bool LooksLikeHtml(string text)
    {
        var start = text.AsSpan().TrimStart("\uFEFF \t\r\n");
        if (start.StartsWith("<!doctype", StringComparison.OrdinalIgnoreCase) || start.StartsWith("<html", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        if (start.IsEmpty || start[0] != '<')
        {
            return false;
        }

        var head = start[..Math.Min(start.Length, DocumentStartReach)];
        return head.Contains("<html", StringComparison.OrdinalIgnoreCase) || head.Contains("<head", StringComparison.OrdinalIgnoreCase)
            || head.Contains("<body", StringComparison.OrdinalIgnoreCase);
    }

    // How far into the file the page's own start may stand behind leading markup (meta tags, scripts, warnings).
    private const int DocumentStartReach = 64 * 1024;

    public IElement? Body => Document.Body;
}
