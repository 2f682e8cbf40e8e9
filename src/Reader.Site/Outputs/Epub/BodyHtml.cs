using System.Globalization;

namespace Reader.Site.Outputs.Epub;

/// <summary>
/// A body's HTML read as a flat list of start tags, end tags and text, when it keeps to the plain subset the one
/// sanitising renderer writes (Markdig's tags, and AngleSharp's serialisation of cleaned raw HTML): lower-case known
/// elements, double-quoted attributes, the five escapes and numeric references, every element closed where it was
/// opened. For such HTML, an HTML parser's tree is exactly the nesting of the tags, so <see cref="XhtmlBody"/> can
/// write the chapter from the tags without building a document: parsing every body again with AngleSharp was a
/// tenth of a build. Anything else (a comment, an unknown entity, an element an HTML parser would close or move by
/// itself, a carriage return …) makes <see cref="Read"/> return null, and the body is parsed as before.
/// </summary>
public sealed class BodyHtml
{
    // Elements whose parse is plain nesting wherever this reader allows them. Others (ruby, caption, col, details …)
    // are left to the parser: they are rare in bodies, and some have rules of their own.
    private static readonly Dictionary<string, string> KnownElements = new[]
    {
        "a", "abbr", "b", "blockquote", "br", "cite", "code", "dd", "del", "dfn", "div", "dl", "dt", "em", "figcaption", "figure",
        "h1", "h2", "h3", "h4", "h5", "h6", "hr", "i", "img", "ins", "kbd", "li", "mark", "ol", "p", "pre", "q", "s", "samp",
        "section", "small", "span", "strong", "sub", "sup", "table", "tbody", "td", "tfoot", "th", "thead", "time", "tr", "u",
        "ul", "var", "wbr",
    }.ToDictionary(name => name, StringComparer.Ordinal);

    private static readonly Dictionary<string, string> KnownAttributes = new[]
    {
        "href", "id", "class", "lang", "dir", "title", "rel", "aria-label", "src", "alt", "width", "height", "loading", "decoding",
        "srcset", "sizes", "colspan", "rowspan", "scope", "start", "reversed", "type", "datetime", "cite", "span", "style",
    }.ToDictionary(name => name, StringComparer.Ordinal);

    private static readonly HashSet<string> VoidElements = new(StringComparer.Ordinal) { "br", "hr", "img", "wbr" };

    // Start tags that close an open <p> in an HTML parser (the spec's "close a p element" list, of the known elements).
    private static readonly HashSet<string> ClosesParagraph = new(StringComparer.Ordinal)
    {
        "blockquote", "dd", "div", "dl", "dt", "figcaption", "figure", "h1", "h2", "h3", "h4", "h5", "h6", "hr", "li", "ol", "p",
        "pre", "section", "table", "ul",
    };

    // The spec's "special" elements, of the known ones: a list item's start tag looks for an open one up to these.
    private static readonly HashSet<string> Special = new(StringComparer.Ordinal)
    {
        "blockquote", "br", "dd", "div", "dl", "dt", "figcaption", "figure", "h1", "h2", "h3", "h4", "h5", "h6", "hr", "img", "li",
        "ol", "p", "pre", "section", "table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul", "wbr",
    };

    // Where in a table each table element may be opened; text there may only be white space.
    private static readonly Dictionary<string, string[]> TableParents = new(StringComparer.Ordinal)
    {
        ["thead"] = ["table"],
        ["tbody"] = ["table"],
        ["tfoot"] = ["table"],
        ["tr"] = ["thead", "tbody", "tfoot"],
        ["td"] = ["tr"],
        ["th"] = ["tr"],
    };

    private readonly List<HtmlToken> _tokens = [];
    private readonly List<KeyValuePair<string, string>> _attributes = [];

    private BodyHtml()
    {
    }

    /// <summary>The tags and text in document order; a void element has a start tag only.</summary>
    public IReadOnlyList<HtmlToken> Tokens => _tokens;

    /// <summary>A start tag's attributes, in the order written.</summary>
    public ReadOnlySpan<KeyValuePair<string, string>> Attributes(HtmlToken token) =>
        System.Runtime.InteropServices.CollectionsMarshal.AsSpan(_attributes).Slice(token.AttributeStart, token.AttributeCount);

    /// <summary>The HTML's tags and text, or null when an HTML parser could read it otherwise than as written.</summary>
    public static BodyHtml? Read(string html)
    {
        var body = new BodyHtml();
        return body.Tokenize(html) ? body : null;
    }

    private bool Tokenize(string html)
    {
        var open = new List<string>();
        var i = 0;
        while (i < html.Length)
        {
            var lt = html.IndexOf('<', i);
            var end = lt < 0 ? html.Length : lt;
            if (end > i)
            {
                if (Text(html, i, end) is not { } text || InTableStructure(open) && text.AsSpan().ContainsAnyExcept(" \n\t"))
                {
                    return false;
                }

                _tokens.Add(new HtmlToken(HtmlTokenKind.Text, text, 0, 0));
            }

            if (lt < 0)
            {
                break;
            }

            i = lt + 1 < html.Length && html[lt + 1] == '/' ? EndTag(html, lt, open) : StartTag(html, lt, open);
            if (i < 0)
            {
                return false;
            }
        }

        return open.Count == 0;
    }

    /// <returns>The index after the tag, or -1.</returns>
    private int StartTag(string html, int lt, List<string> open)
    {
        var (name, i) = Name(html, lt + 1, KnownElements);
        if (name is null || !CanOpen(name, open))
        {
            return -1;
        }

        var start = _attributes.Count;
        while (true)
        {
            var afterSpace = SkipSpace(html, i);
            if (afterSpace >= html.Length)
            {
                return -1;
            }

            if (html[afterSpace] == '>' || html[afterSpace] == '/')
            {
                i = afterSpace;
                break;
            }

            if (afterSpace == i)
            {
                return -1;
            }

            var (attribute, afterName) = Name(html, afterSpace, KnownAttributes);
            if (attribute is null || afterName + 1 >= html.Length || html[afterName] != '=' || html[afterName + 1] != '"')
            {
                return -1;
            }

            var close = html.IndexOf('"', afterName + 2);
            if (close < 0 || Text(html, afterName + 2, close) is not { } value)
            {
                return -1;
            }

            for (var a = start; a < _attributes.Count; a++)
            {
                if (ReferenceEquals(_attributes[a].Key, attribute))
                {
                    return -1; // a parser keeps the first of two
                }
            }

            _attributes.Add(new(attribute, value));
            i = close + 1;
        }

        var isVoid = VoidElements.Contains(name);
        if (html[i] == '/')
        {
            // "<br />" is a void element's; on any other element an HTML parser ignores the slash and leaves it open.
            if (!isVoid || i + 1 >= html.Length || html[i + 1] != '>')
            {
                return -1;
            }

            i++;
        }

        i++;
        if (name == "pre" && i < html.Length && html[i] == '\n')
        {
            return -1; // a parser drops a line break right after <pre>
        }

        _tokens.Add(new HtmlToken(HtmlTokenKind.Start, name, start, _attributes.Count - start));
        if (!isVoid)
        {
            open.Add(name);
        }

        return i;
    }

    private int EndTag(string html, int lt, List<string> open)
    {
        var (name, i) = Name(html, lt + 2, KnownElements);
        i = name is null ? -1 : SkipSpace(html, i);
        if (i < 0 || i >= html.Length || html[i] != '>' || open.Count == 0 || !ReferenceEquals(open[^1], name))
        {
            return -1; // an end tag that does not close the element opened last makes a parser close, reopen or ignore elements
        }

        open.RemoveAt(open.Count - 1);
        _tokens.Add(new HtmlToken(HtmlTokenKind.End, name, 0, 0));
        return i + 1;
    }

    /// <summary>Whether an HTML parser opens <paramref name="name"/> where it is, inside the elements open, and closes nothing for it.</summary>
    private static bool CanOpen(string name, List<string> open)
    {
        var current = open.Count == 0 ? null : open[^1];
        if (TableParents.TryGetValue(name, out var parents))
        {
            return current is not null && parents.Contains(current);
        }

        if (current is not null && InTableStructure(open))
        {
            return false; // moved out of the table by a parser
        }

        if (ClosesParagraph.Contains(name) && open.Contains("p"))
        {
            return false;
        }

        if (name is "h1" or "h2" or "h3" or "h4" or "h5" or "h6" && current is "h1" or "h2" or "h3" or "h4" or "h5" or "h6")
        {
            return false;
        }

        if (name == "a" && open.Contains("a"))
        {
            return false;
        }

        if (name is "li" or "dd" or "dt")
        {
            // A list item closes an open one (a dd or dt either kind) unless a special element other than div stands between.
            for (var k = open.Count - 1; k >= 0; k--)
            {
                var element = open[k];
                if (element == name || name != "li" && element is "dd" or "dt")
                {
                    return false;
                }

                if (Special.Contains(element) && element is not "div" and not "p")
                {
                    break;
                }
            }
        }

        return true;
    }

    private static bool InTableStructure(List<string> open) => open.Count > 0 && open[^1] is "table" or "thead" or "tbody" or "tfoot" or "tr";

    /// <summary>A lower-case name from <paramref name="known"/> (the set's own string), or null for any other.</summary>
    private static (string? Name, int End) Name(string html, int start, Dictionary<string, string> known)
    {
        var end = start;
        while (end < html.Length && (char.IsAsciiLetterLower(html[end]) || char.IsAsciiDigit(html[end]) || html[end] == '-' && end > start))
        {
            end++;
        }

        if (end == start || end < html.Length && !(html[end] is ' ' or '\n' or '\t' or '>' or '/' or '='))
        {
            return (null, end);
        }

        return (known.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(html.AsSpan(start, end - start), out var name) ? name : null, end);
    }

    private static int SkipSpace(string html, int i)
    {
        while (i < html.Length && html[i] is ' ' or '\n' or '\t')
        {
            i++;
        }

        return i;
    }

    /// <summary>Text with its character references replaced, or null when it holds what a parser would change or read otherwise.</summary>
    private static string? Text(string html, int start, int end)
    {
        var span = html.AsSpan(start, end - start);
        if (span.IndexOfAny(Changed) < 0)
        {
            return span.IndexOf('&') < 0 ? html.Substring(start, end - start) : Decode(span);
        }

        return null;
    }

    private static string? Decode(ReadOnlySpan<char> span)
    {
        var text = new System.Text.StringBuilder(span.Length);
        while (span.Length > 0)
        {
            var amp = span.IndexOf('&');
            if (amp < 0)
            {
                text.Append(span);
                break;
            }

            text.Append(span[..amp]);
            span = span[amp..];
            var semicolon = span.IndexOf(';');
            if (semicolon < 0 || Reference(span[1..semicolon]) is not { } replacement)
            {
                return null;
            }

            text.Append(replacement);
            span = span[(semicolon + 1)..];
        }

        return text.ToString();
    }

    /// <summary>What a character reference (without '&amp;' and ';') stands for, when it is one a parser reads plainly.</summary>
    private static string? Reference(ReadOnlySpan<char> name)
    {
        switch (name)
        {
            case "amp": return "&";
            case "lt": return "<";
            case "gt": return ">";
            case "quot": return "\"";
            case "nbsp": return "\u00A0";
        }

        if (name.Length is < 2 or > 8 || name[0] != '#')
        {
            return null;
        }

        var hex = name[1] is 'x' or 'X';
        var digits = name[(hex ? 2 : 1)..];
        if (digits.Length == 0 || !int.TryParse(digits, hex ? NumberStyles.AllowHexSpecifier : NumberStyles.None, CultureInfo.InvariantCulture, out var code))
        {
            return null;
        }

        // Controls, surrogates, non-characters and the C1 range (which a parser maps to Windows-1252) are left to it.
        var plain = code is '\t' or '\n' or (>= 0x20 and < 0x7F) or (>= 0xA0 and < 0xD800) or (> 0xDFFF and < 0xFDD0) or (> 0xFDEF and <= 0x10FFFF)
            && (code & 0xFFFE) != 0xFFFE;
        return plain ? char.ConvertFromUtf32(code) : null;
    }

    // A parser changes NUL and carriage returns, and reads other controls with errors it may act on.
    private static readonly System.Buffers.SearchValues<char> Changed = System.Buffers.SearchValues.Create(
        "\u0000\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008\u000B\u000C\u000D\u000E\u000F\u0010\u0011\u0012\u0013\u0014\u0015\u0016\u0017\u0018\u0019\u001A\u001B\u001C\u001D\u001E\u001F");
}

/// <summary>A start tag, end tag or text of a <see cref="BodyHtml"/>.</summary>
/// <param name="Value">The element's name, or the text with its references replaced.</param>
public readonly record struct HtmlToken(HtmlTokenKind Kind, string Value, int AttributeStart, int AttributeCount);

public enum HtmlTokenKind
{
    Start,
    End,
    Text,
}
