using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using Reader.Ingest.Markdown;

namespace Reader.Ingest.Html;

/// <summary>
/// Walks a DOM subtree and writes Markdown blocks: text is collected into the open paragraph until a block
/// element closes it. Lists, quotes and list items are written by nested writers and indented or prefixed.
/// </summary>
internal sealed partial class MarkdownBlockWriter(UrlResolver urls)
{
    private StringBuilder _inline = new();

    public List<string> Blocks { get; } = [];

    public void Node(INode node)
    {
        switch (node)
        {
            case IText text:
                Text(text.Data);
                break;
            case IElement element:
                Element(element);
                break;
        }
    }

    public void Children(INode node)
    {
        // Indexed, not NextSibling: AngleSharp finds a node's next sibling by searching its parent's children.
        var children = node.ChildNodes;
        for (var i = 0; i < children.Length; i++)
        {
            Node(children[i]);
        }
    }

    /// <summary>Closes the open paragraph; double line breaks inside it (<c>&lt;br&gt;&lt;br&gt;</c>) split it into several.</summary>
    public void Flush()
    {
        var text = _inline.ToString();
        _inline.Clear();
        foreach (var part in text.Split("\n\n", StringSplitOptions.RemoveEmptyEntries))
        {
            var lines = part.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).Select(MarkdownEscaper.EscapeBlockStart).ToList();
            if (lines.Count > 0)
            {
                Blocks.Add(string.Join('\n', lines));
            }
        }
    }

    private void Text(string data)
    {
        var collapsed = WhitespaceRun().Replace(data, " ");
        if (collapsed.StartsWith(' ') && (_inline.Length == 0 || _inline[^1] is ' ' or '\n'))
        {
            collapsed = collapsed[1..];
        }

        _inline.Append(MarkdownEscaper.Escape(collapsed, atLineStart: false));
    }

    private void Element(IElement element)
    {
        switch (element.LocalName)
        {
            case "h1" or "h2" or "h3" or "h4" or "h5" or "h6":
                Heading(element);
                break;
            case "ul" or "ol" when FootnoteList.IsFootnoteList(element):
                Flush();
                Blocks.Add(FootnoteList.Write(element, li => Inline(li).Trim()));
                break;
            case "ul" or "ol":
                List(element);
                break;
            case "blockquote":
                Quote(element);
                break;
            case "pre":
                Flush();
                Blocks.Add("```\n" + element.TextContent.Trim('\n') + "\n```");
                break;
            case "table":
                Table(element);
                break;
            case "hr":
                Flush();
                Blocks.Add("* * *");
                break;
            case "br":
                _inline.Append('\n');
                break;
            case "img":
                Image(element);
                break;
            case "a":
                Link(element);
                break;
            case "em" or "i" or "cite" or "dfn":
                Wrapped(element, "*");
                break;
            case "strong" or "b":
                Wrapped(element, "**");
                break;
            case "code" or "kbd" or "samp":
                var code = TextMeasure.Collapse(element.TextContent).Replace("`", "", StringComparison.Ordinal);
                _inline.Append(code.Length > 0 ? $"`{code}`" : "");
                break;
            case "dt":
                Flush();
                Wrapped(element, "**");
                Flush();
                break;
            case "figcaption":
                Flush();
                Children(element);
                Flush();
                break;
            case "script" or "style" or "noscript" or "template" or "button" or "input" or "select" or "textarea" or "svg":
                break;
            default:
                if (IsBlock(element.LocalName))
                {
                    Flush();
                    Children(element);
                    Flush();
                }
                else
                {
                    Children(element);
                }

                break;
        }
    }

    private void Heading(IElement element)
    {
        Flush();
        var text = Inline(element).Trim().Replace("\n", " ", StringComparison.Ordinal);
        if (text.Length == 0)
        {
            return;
        }

        // The article's own h1 is its title and is removed before this; an h1 left in the body ranks as a section.
        var level = element.LocalName[1] - '0';
        var hashes = new string('#', Math.Clamp(level, 2, 6));
        var trailing = text.Length - text.TrimEnd('#').Length;
        Blocks.Add($"{hashes} {(trailing == 0 ? text : text[..^trailing] + "\\" + text[^trailing..])}");
    }

    private void List(IElement list)
    {
        Flush();
        var ordered = list.LocalName == "ol";
        var number = ordered && int.TryParse(list.GetAttribute("start"), out var start) ? start : 1;
        var items = new List<string>();
        foreach (var item in list.Children.Where(c => c.LocalName == "li"))
        {
            var writer = new MarkdownBlockWriter(urls);
            writer.Children(item);
            writer.Flush();
            if (writer.Blocks.Count == 0)
            {
                continue;
            }

            var marker = ordered ? $"{number++}. " : "- ";
            var indent = new string(' ', marker.Length);
            var body = string.Join('\n', writer.Blocks).Replace("\n", "\n" + indent, StringComparison.Ordinal);
            items.Add(marker + body);
        }

        if (items.Count > 0)
        {
            Blocks.Add(string.Join('\n', items));
        }
    }

    private void Quote(IElement quote)
    {
        Flush();
        var writer = new MarkdownBlockWriter(urls);
        writer.Children(quote);
        writer.Flush();
        if (writer.Blocks.Count > 0)
        {
            var lines = string.Join("\n\n", writer.Blocks).Split('\n');
            Blocks.Add(string.Join('\n', lines.Select(l => l.Length == 0 ? ">" : "> " + l)));
        }
    }

    private void Table(IElement table)
    {
        Flush();

        // Layout tables (a page grid, not data) are read as containers.
        var isLayout = table.QuerySelector("table, p, div, ul, ol, h2, h3") is not null;
        var markdown = isLayout ? null : MarkdownTable.Write(table, cell => Inline(cell));
        if (markdown is null)
        {
            Children(table);
            Flush();
            return;
        }

        var caption = table.QuerySelector("caption");
        if (caption is not null && Inline(caption).Trim() is { Length: > 0 } title)
        {
            Blocks.Add(title);
        }

        Blocks.Add(markdown);
    }

    private void Image(IElement image)
    {
        var source = urls.Resolve(ImageSource(image));
        if (source is null)
        {
            return;
        }

        var alt = MarkdownEscaper.Escape(TextMeasure.Collapse(image.GetAttribute("alt") ?? ""), atLineStart: false);
        _inline.Append($"![{alt}]({source})");
    }

    private static string? ImageSource(IElement image)
    {
        var src = image.GetAttribute("src");

        // Lazy-loading themes put a placeholder in src and the picture in data-src.
        if (string.IsNullOrWhiteSpace(src) || src.StartsWith("data:", StringComparison.Ordinal))
        {
            src = image.GetAttribute("data-src") ?? image.GetAttribute("data-lazy-src") ?? image.GetAttribute("data-original");
        }

        return string.IsNullOrWhiteSpace(src) || src.StartsWith("data:", StringComparison.Ordinal) ? null : src;
    }

    private void Link(IElement anchor)
    {
        var href = anchor.GetAttribute("href") ?? "";
        var text = Inline(anchor);
        var trimmed = text.Trim();
        if (FootnoteList.ReferenceNumber(anchor, trimmed) is { } number)
        {
            _inline.Append($"[^{number}]");
            return;
        }

        if (FootnoteList.IsBackReference(href, trimmed))
        {
            return;
        }

        var url = href.StartsWith('#') ? null : urls.Resolve(href);
        if (trimmed.Length == 0 || url is null || trimmed.Contains('\n', StringComparison.Ordinal))
        {
            _inline.Append(text);
            return;
        }

        AppendWithSpaces(text, $"[{trimmed}]({url})");
    }

    private void Wrapped(IElement element, string marker)
    {
        var text = Inline(element);
        var trimmed = text.Trim();
        if (trimmed.Length == 0 || trimmed.Contains('\n', StringComparison.Ordinal) || trimmed.StartsWith('*') || trimmed.EndsWith('*'))
        {
            _inline.Append(text);
            return;
        }

        AppendWithSpaces(text, marker + trimmed + marker);
    }

    // Emphasis and links may not start or end with a space: move the spaces outside the markup.
    private void AppendWithSpaces(string raw, string markup)
    {
        if (raw.StartsWith(' ') && _inline.Length > 0 && _inline[^1] is not (' ' or '\n'))
        {
            _inline.Append(' ');
        }

        _inline.Append(markup);
        if (raw.EndsWith(' '))
        {
            _inline.Append(' ');
        }
    }

    /// <summary>The element's content as inline Markdown, written into a fresh buffer.</summary>
    private string Inline(IElement element)
    {
        var saved = _inline;
        _inline = new StringBuilder();
        var blocks = Blocks.Count;
        Children(element);
        var result = _inline.ToString();

        // Block elements inside an inline one (a div inside a link) flushed blocks; take their text back inline.
        if (Blocks.Count > blocks)
        {
            result = string.Join(' ', Blocks.Skip(blocks)) + " " + result;
            Blocks.RemoveRange(blocks, Blocks.Count - blocks);
        }

        _inline = saved;
        return result;
    }

    private static bool IsBlock(string name) => name is
        "p" or "div" or "section" or "article" or "main" or "header" or "footer" or "address" or "center" or "dd" or "dl"
        or "figure" or "details" or "summary" or "aside" or "nav" or "li" or "tr" or "tbody" or "thead" or "body" or "html"
        or "fieldset" or "form" or "caption" or "hgroup" or "picture";

    [GeneratedRegex(@"[ \t\r\n\f\u00A0]+")]
    private static partial Regex WhitespaceRun();
}
