using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Reader.Site.Text;

/// <summary>
/// An allow-list sanitiser for HTML that came from content (raw HTML in Markdown, scraped markup): elements
/// and attributes not listed are removed, dangerous elements with everything inside them, others unwrapped
/// so their text stays. Nothing executable survives: no scripts, event handlers, unsafe URLs, frames,
/// objects, forms or inline styles.
/// </summary>
public static class HtmlSanitizer
{
    private static readonly HashSet<string> Allowed = new(StringComparer.Ordinal)
    {
        "a", "abbr", "b", "blockquote", "br", "caption", "cite", "code", "col", "colgroup", "dd", "del", "details", "dfn", "div",
        "dl", "dt", "em", "figcaption", "figure", "h1", "h2", "h3", "h4", "h5", "h6", "hr", "i", "img", "ins", "kbd", "li",
        "mark", "ol", "p", "pre", "q", "rp", "rt", "ruby", "s", "samp", "section", "small", "span", "strong", "sub", "summary",
        "sup", "table", "tbody", "td", "tfoot", "th", "thead", "time", "tr", "u", "ul", "var", "wbr",
    };

    // Removed with their content: what they hold is code, a form control's value or an embedded document,
    // never article text. Other unknown elements (audio, video, marquee, form …) are unwrapped, keeping their text.
    private static readonly HashSet<string> Dropped = new(StringComparer.Ordinal)
    {
        "script", "style", "iframe", "frame", "object", "embed", "applet", "input", "select", "textarea", "option",
        "optgroup", "link", "meta", "base", "noscript", "template", "svg", "math", "source", "track", "title", "head",
        "xml", "param", "noembed", "noframes", "xmp", "plaintext", "portal", "isindex",
    };

    private static readonly HashSet<string> GlobalAttributes = new(StringComparer.Ordinal) { "id", "lang", "dir", "title", "class" };

    private static readonly Dictionary<string, HashSet<string>> ElementAttributes = new(StringComparer.Ordinal)
    {
        ["a"] = ["href", "rel", "aria-label"],
        ["img"] = ["src", "alt", "width", "height"],
        ["td"] = ["colspan", "rowspan"],
        ["th"] = ["colspan", "rowspan", "scope"],
        ["ol"] = ["start", "reversed", "type"],
        ["time"] = ["datetime"],
        ["blockquote"] = ["cite"],
        ["q"] = ["cite"],
        ["del"] = ["cite", "datetime"],
        ["ins"] = ["cite", "datetime"],
        ["col"] = ["span"],
        ["colgroup"] = ["span"],
    };

    private static readonly HashSet<string> UrlAttributes = new(StringComparer.Ordinal) { "href", "src", "cite" };

    private static readonly HtmlParser Parser = new();

    /// <summary>Ids Markdig gives footnotes and their references ("fn:1", "fnref:1"): made by Reader, not written in the content.</summary>
    private const string FootnotePrefix = "fn";

    /// <summary>The prefix every id written in content's raw HTML gets, so it cannot be one of the layout's.</summary>
    public const string ContentIdPrefix = "content-";

    /// <param name="ownIds">Ids Reader gave the body's headings and paragraphs; every other id came from raw HTML and is prefixed.</param>
    /// <param name="idPrefix">Given for content shown a second time on a page (a bio in a card after the article): every id,
    /// footnotes' too, takes this prefix, so it can never repeat an id of the article's own body.</param>
    public static string Clean(string html, IReadOnlySet<string>? ownIds = null, string? idPrefix = null)
    {
        var document = Parser.ParseDocument("<!doctype html><html><body></body></html>");
        var body = document.Body!;
        // Bounded before parsing: the parser's time grows with the depth for every element (see MarkupNesting).
        foreach (var node in Parser.ParseFragment(Reader.Content.MarkupNesting.Limit(html, out _), body).ToList())
        {
            body.AppendChild(node);
        }

        CleanChildren(body);
        KeepOffTheLayout(body, ownIds ?? new HashSet<string>(), idPrefix);
        KeepPageStructure(body);
        return body.InnerHtml;
    }

    /// <summary>
    /// Content must not pass for the page around it: an id written in raw HTML is prefixed (and links to it within the
    /// content follow), and the classes of Reader's own chrome (<c>reader-*</c>, e.g. the preview's error overlay)
    /// are removed. Without this an introduction or a bio could take the layout's ids or fake an error overlay.
    /// </summary>
    private static void KeepOffTheLayout(IElement body, IReadOnlySet<string> ownIds, string? idPrefix)
    {
        var renamed = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var element in body.QuerySelectorAll("[id]"))
        {
            var id = element.Id!;
            if (idPrefix is not null)
            {
                element.Id = renamed[id] = idPrefix + id;
            }
            else if (!ownIds.Contains(id) && !IsFootnoteId(id))
            {
                element.Id = renamed[id] = ContentIdPrefix + id;
            }
        }

        foreach (var link in body.QuerySelectorAll("a[href^='#']"))
        {
            if (renamed.TryGetValue(Uri.UnescapeDataString(link.GetAttribute("href")![1..]), out var target))
            {
                link.SetAttribute("href", "#" + target);
            }
        }

        foreach (var element in body.QuerySelectorAll("[class]"))
        {
            var kept = element.ClassList.Where(c => !c.StartsWith("reader-", StringComparison.OrdinalIgnoreCase)).ToList();
            if (kept.Count == 0)
            {
                element.RemoveAttribute("class");
            }
            else if (kept.Count != element.ClassList.Length)
            {
                element.SetAttribute("class", string.Join(' ', kept));
            }
        }
    }

    private static bool IsFootnoteId(string id) =>
        id.StartsWith(FootnotePrefix + ":", StringComparison.Ordinal) || id.StartsWith(FootnotePrefix + "ref:", StringComparison.Ordinal);

    /// <summary>
    /// What the page around the body relies on: the title is its only h1 (a raw &lt;h1&gt; becomes an h2, as '# x' does),
    /// ids are unique and leave the layout's own alone, and every image has alt text (empty, i.e. decorative, when none was given).
    /// </summary>
    private static void KeepPageStructure(IElement body)
    {
        foreach (var h1 in body.QuerySelectorAll("h1").ToList())
        {
            var h2 = body.Owner!.CreateElement("h2");
            foreach (var attribute in h1.Attributes.ToList())
            {
                h2.SetAttribute(attribute.Name, attribute.Value);
            }

            while (h1.FirstChild is { } child)
            {
                h2.AppendChild(child);
            }

            h1.Parent!.ReplaceChild(h2, h1);
        }

        var taken = new HashSet<string>(HeadingAnchors.ReservedIds, StringComparer.Ordinal);
        foreach (var element in body.QuerySelectorAll("[id]"))
        {
            if (!taken.Add(element.Id!))
            {
                element.RemoveAttribute("id");
            }
        }

        foreach (var image in body.QuerySelectorAll("img:not([alt])"))
        {
            image.SetAttribute("alt", "");
        }
    }

    private static void CleanChildren(INode parent)
    {
        foreach (var child in parent.ChildNodes.ToList())
        {
            switch (child)
            {
                case IElement element:
                    CleanElement(element);
                    break;
                case IText:
                    break;
                default:
                    child.RemoveFromParent(); // comments and processing instructions
                    break;
            }
        }
    }

    private static void CleanElement(IElement element)
    {
        var name = element.LocalName;
        if (Dropped.Contains(name) || element.NamespaceUri is not null && element.NamespaceUri != NamespaceNames.HtmlUri)
        {
            element.RemoveFromParent();
            return;
        }

        CleanChildren(element);
        if (!Allowed.Contains(name))
        {
            Unwrap(element);
            return;
        }

        foreach (var attribute in element.Attributes.ToList())
        {
            if (!IsAllowed(name, attribute.LocalName) || UrlAttributes.Contains(attribute.LocalName) && !UrlPolicy.IsSafe(attribute.Value))
            {
                element.RemoveAttribute(attribute.NamespaceUri, attribute.LocalName);
            }
        }

        if (name == "img" && element.GetAttribute("src") is { } src)
        {
            element.SetAttribute("src", UrlPolicy.UpgradeImage(src));
        }

        if (name == "a" && element.GetAttribute("href") is { } href && UrlPolicy.IsExternal(href))
        {
            element.SetAttribute("rel", "noopener noreferrer");
        }
    }

    private static bool IsAllowed(string element, string attribute) =>
        GlobalAttributes.Contains(attribute) || ElementAttributes.TryGetValue(element, out var allowed) && allowed.Contains(attribute);

    private static void Unwrap(IElement element)
    {
        var parent = element.Parent!;
        while (element.FirstChild is { } child)
        {
            parent.InsertBefore(child, element);
        }

        element.RemoveFromParent();
    }
}
