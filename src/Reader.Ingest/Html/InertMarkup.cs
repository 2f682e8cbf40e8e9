using System.Text;

namespace Reader.Ingest.Html;

/// <summary>
/// Cuts what never holds article text out of the markup before it is parsed: scripts (but not JSON-LD, which the
/// metadata reads), styles, SVG, templates and comments. On real pages these are a third to a half of the bytes
/// (<c>__NEXT_DATA__</c>, analytics, icon sprites), and parsing them into a DOM only to remove it was the slowest step.
/// <c>&lt;noscript&gt;</c> tags go but not what they hold: parsed without scripting, a noscript's content is markup,
/// and a page that opens a <c>div</c> in one and never closes it would otherwise have its whole body inside.
/// </summary>
public static class InertMarkup
{
    private static readonly string[] Elements = ["script", "style", "svg", "template"];

    public static string Strip(string html)
    {
        var output = new StringBuilder(html.Length);
        var copied = 0;
        var at = html.IndexOf('<', StringComparison.Ordinal);
        while (at >= 0 && at < html.Length - 1)
        {
            var end = InertEnd(html, at);
            if (end > at)
            {
                output.Append(html, copied, at - copied);
                copied = end;
                at = html.IndexOf('<', end);
            }
            else
            {
                at = html.IndexOf('<', at + 1);
            }
        }

        if (copied == 0)
        {
            return html;
        }

        output.Append(html, copied, html.Length - copied);
        return output.ToString();
    }

    /// <summary>The index just past the inert element or comment opening at <paramref name="at"/>, or -1 when there is none.</summary>
    private static int InertEnd(string html, int at)
    {
        var rest = html.AsSpan(at + 1);
        if (rest.StartsWith("!--", StringComparison.Ordinal))
        {
            var close = html.IndexOf("-->", at + 4, StringComparison.Ordinal);
            return close < 0 ? -1 : close + 3;
        }

        if (rest.StartsWith("noscript", StringComparison.OrdinalIgnoreCase) || rest.StartsWith("/noscript", StringComparison.OrdinalIgnoreCase))
        {
            var name = rest[0] == '/' ? 9 : 8;
            var tagEnd = html.IndexOf('>', at);
            return rest.Length > name && EndsName(rest[name]) && tagEnd > 0 ? tagEnd + 1 : -1;
        }

        foreach (var name in Elements)
        {
            if (!rest.StartsWith(name, StringComparison.OrdinalIgnoreCase) || rest.Length <= name.Length || !EndsName(rest[name.Length]))
            {
                continue;
            }

            var openEnd = html.IndexOf('>', at);
            if (openEnd < 0 || (name == "script" && html.AsSpan(at, openEnd - at).Contains("ld+json", StringComparison.OrdinalIgnoreCase)))
            {
                return -1;
            }

            return CloseOf(html, name, openEnd + 1);
        }

        return -1;
    }

    // Scripts and styles are raw text and end at their first closing tag; SVG and templates may nest themselves.
    private static int CloseOf(string html, string name, int from)
    {
        var depth = 1;
        var at = from;
        while (true)
        {
            var next = html.IndexOf('<', at);
            if (next < 0 || next >= html.Length - 1)
            {
                return -1;
            }

            var rest = html.AsSpan(next + 1);
            if (rest.StartsWith("/") && rest[1..].StartsWith(name, StringComparison.OrdinalIgnoreCase))
            {
                depth--;
                if (depth == 0)
                {
                    var close = html.IndexOf('>', next);
                    return close < 0 ? -1 : close + 1;
                }
            }
            else if (name is "svg" or "template" && rest.StartsWith(name, StringComparison.OrdinalIgnoreCase) && rest.Length > name.Length && EndsName(rest[name.Length]))
            {
                depth++;
            }

            at = next + 1;
        }
    }

    private static bool EndsName(char c) => c is '>' or '/' || char.IsWhiteSpace(c);
}
