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

    /// <summary>Markup rather than a text dump: it starts, after whitespace and a BOM, with a doctype, a comment or <c>&lt;html</c>.</summary>
    public static bool LooksLikeHtml(string text)
    {
        var start = text.AsSpan().TrimStart("\uFEFF \t\r\n");
        return start.StartsWith("<!doctype", StringComparison.OrdinalIgnoreCase)
            || start.StartsWith("<html", StringComparison.OrdinalIgnoreCase)
            || (start.StartsWith("<!--", StringComparison.Ordinal) && start.Contains("<html", StringComparison.OrdinalIgnoreCase))
            || (start.StartsWith("<?xml", StringComparison.Ordinal) && start.Contains("<html", StringComparison.OrdinalIgnoreCase));
    }

    public IElement? Body => Document.Body;
}
