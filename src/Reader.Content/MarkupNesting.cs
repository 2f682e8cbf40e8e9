using System.Text;

namespace Reader.Content;

/// <summary>
/// Bounds how deeply HTML elements nest before the markup reaches an HTML parser: AngleSharp's tree building takes
/// time in proportion to the depth for each element, so 100,000 nested <c>&lt;div&gt;</c>s took minutes. Elements
/// deeper than <see cref="MaxDepth"/> lose their tags, in one linear pass over the text; their text stays. Real pages
/// nest a few dozen levels, and come back unchanged.
/// </summary>
public static class MarkupNesting
{
    /// <summary>Deeper than browsers build trees (they stop at 512), far deeper than any page is written.</summary>
    public const int MaxDepth = 256;

    private static readonly HashSet<string> Void = new(StringComparer.OrdinalIgnoreCase)
    {
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr", "keygen",
    };

    // Their content is text to the HTML parser, never tags.
    private static readonly HashSet<string> RawText = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes", "noscript", "plaintext",
    };

    // Elements whose end tag may be left out, in groups of those that close one another (HTML's implied end tags).
    private static readonly Dictionary<string, string> ImpliedEnd = new(StringComparer.OrdinalIgnoreCase)
    {
        ["p"] = "p",
        ["li"] = "li",
        ["dt"] = "dd",
        ["dd"] = "dd",
        ["tr"] = "tr",
        ["td"] = "td",
        ["th"] = "td",
        ["option"] = "option",
        ["optgroup"] = "optgroup",
        ["thead"] = "tbody",
        ["tbody"] = "tbody",
        ["tfoot"] = "tbody",
        ["rt"] = "rt",
        ["rp"] = "rt",
        ["rb"] = "rt",
    };

    // What an opening tag closes while it is the innermost open element: a row closes the cell before it, a block a paragraph.
    private static readonly Dictionary<string, string[]> Closes = new(StringComparer.OrdinalIgnoreCase)
    {
        ["tr"] = ["td", "tr"],
        ["td"] = ["td"],
        ["th"] = ["td"],
        ["thead"] = ["td", "tr", "tbody"],
        ["tbody"] = ["td", "tr", "tbody"],
        ["tfoot"] = ["td", "tr", "tbody"],
        ["li"] = ["p", "li"],
        ["dt"] = ["p", "dd"],
        ["dd"] = ["p", "dd"],
        ["option"] = ["option"],
        ["optgroup"] = ["option", "optgroup"],
        ["rt"] = ["rt"],
        ["rp"] = ["rt"],
        ["rb"] = ["rt"],
        ["p"] = ["p"],
        ["div"] = ["p"],
        ["ul"] = ["p"],
        ["ol"] = ["p"],
        ["dl"] = ["p"],
        ["table"] = ["p"],
        ["blockquote"] = ["p"],
        ["pre"] = ["p"],
        ["section"] = ["p"],
        ["article"] = ["p"],
        ["aside"] = ["p"],
        ["header"] = ["p"],
        ["footer"] = ["p"],
        ["nav"] = ["p"],
        ["main"] = ["p"],
        ["figure"] = ["p"],
        ["form"] = ["p"],
        ["fieldset"] = ["p"],
        ["details"] = ["p"],
        ["h1"] = ["p"],
        ["h2"] = ["p"],
        ["h3"] = ["p"],
        ["h4"] = ["p"],
        ["h5"] = ["p"],
        ["h6"] = ["p"],
        ["address"] = ["p"],
    };

    /// <summary>The markup with elements deeper than <paramref name="maxDepth"/> unwrapped; <paramref name="deepest"/> is the depth found, whether cut or not.</summary>
    public static string Limit(string html, out int deepest, int maxDepth = MaxDepth)
    {
        deepest = 0;
        var open = new List<(string Group, bool Kept)>();
        StringBuilder? cut = null;
        var copied = 0;
        for (var i = html.IndexOf('<'); i >= 0 && i < html.Length; i = html.IndexOf('<', i))
        {
            var end = TagEnd(html, i);
            if (end < 0)
            {
                break;
            }

            var (name, closing, selfClosing) = TagName(html, i, end);
            var drop = false;
            if (name.Length == 0)
            {
                // A comment, doctype or stray '<': not an element.
            }
            else if (closing)
            {
                var group = Group(name);
                var match = open.Count - 1;
                while (match >= 0 && match >= open.Count - 16 && open[match].Group != group)
                {
                    match--;
                }

                if (match >= 0 && open[match].Group == group)
                {
                    drop = !open[match].Kept;
                    open.RemoveRange(match, open.Count - match);
                }
            }
            else if (!selfClosing && !Void.Contains(name))
            {
                if (Closes.TryGetValue(name, out var closed))
                {
                    while (open.Count > 0 && closed.Contains(open[^1].Group))
                    {
                        open.RemoveAt(open.Count - 1);
                    }
                }

                if (RawText.Contains(name))
                {
                    // Kept at any depth, with its content skipped: unwrapping a script would turn its code into text.
                    var close = html.IndexOf("</" + name, end, StringComparison.OrdinalIgnoreCase);
                    end = close < 0 ? html.Length - 1 : close - 1;
                }
                else
                {
                    var kept = open.Count < maxDepth;
                    open.Add((Group(name), kept));
                    deepest = Math.Max(deepest, open.Count);
                    drop = !kept;
                }
            }

            if (drop)
            {
                cut ??= new StringBuilder(html.Length);
                cut.Append(html, copied, i - copied);
                copied = end + 1;
            }

            i = end + 1;
        }

        if (cut is null)
        {
            return html;
        }

        return cut.Append(html, copied, html.Length - copied).ToString();
    }

    private static string Group(string name) => ImpliedEnd.TryGetValue(name, out var group) ? group : name.ToLowerInvariant();

    /// <summary>The index of the '&gt;' that ends the tag at <paramref name="start"/>, outside quoted attribute values; -1 when there is none.</summary>
    private static int TagEnd(string html, int start)
    {
        if (string.CompareOrdinal(html, start, "<!--", 0, 4) == 0)
        {
            var close = html.IndexOf("-->", start + 4, StringComparison.Ordinal);
            return close < 0 ? -1 : close + 2;
        }

        var quote = '\0';
        for (var i = start + 1; i < html.Length; i++)
        {
            var c = html[i];
            if (quote != '\0')
            {
                quote = c == quote ? '\0' : quote;
            }
            else if (c is '"' or '\'' && html[i - 1] == '=' || c is '"' or '\'' && i > 1 && html[i - 1] == ' ' && html[i - 2] == '=')
            {
                quote = c;
            }
            else if (c == '>')
            {
                return i;
            }
            else if (c == '<' && i == start + 1)
            {
                return start; // "<<": a stray character, not a tag
            }
        }

        return -1;
    }

    private static (string Name, bool Closing, bool SelfClosing) TagName(string html, int start, int end)
    {
        var i = start + 1;
        var closing = i < end && html[i] == '/';
        if (closing)
        {
            i++;
        }

        var nameStart = i;
        while (i < end && (char.IsAsciiLetterOrDigit(html[i]) || html[i] is '-' or ':' or '_'))
        {
            i++;
        }

        var name = nameStart < html.Length && char.IsAsciiLetter(html[nameStart]) ? html[nameStart..i] : "";
        return (name, closing, end > start && html[end - 1] == '/');
    }
}
