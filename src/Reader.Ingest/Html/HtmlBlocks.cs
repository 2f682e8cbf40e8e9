using System.Text;
using AngleSharp.Dom;

namespace Reader.Ingest.Html;

/// <summary>Cuts a page's body into <see cref="HtmlBlock"/>s in document order.</summary>
public static class HtmlBlocks
{
    // Elements that flow within a line; everything else starts a block of its own.
    private static readonly HashSet<string> Inline = new(StringComparer.Ordinal)
    {
        "a", "abbr", "b", "bdi", "bdo", "big", "br", "cite", "code", "data", "del", "dfn", "em", "font", "i", "img", "ins",
        "kbd", "label", "mark", "nobr", "picture", "q", "s", "samp", "small", "source", "span", "strike", "strong", "sub",
        "sup", "time", "tt", "u", "var", "wbr",
    };

    // Elements whose text is never article text, as the Markdown writer skips them.
    private static readonly HashSet<string> Skipped = new(StringComparer.Ordinal)
    {
        "script", "style", "noscript", "template", "button", "input", "select", "textarea", "svg", "option", "iframe",
        "object", "embed", "canvas",
    };

    public static bool IsSkipped(IElement element) => Skipped.Contains(element.LocalName);

    public static IReadOnlyList<HtmlBlock> Collect(IElement root)
    {
        var holdsBlocks = new HashSet<IElement>();
        MarkBlockHolders(root, holdsBlocks);
        var blocks = new List<HtmlBlock>();
        Visit(root, holdsBlocks, blocks);
        return blocks;
    }

    /// <summary>An inline element that holds a block (a link around a teaser card) is read as a block itself.</summary>
    private static bool IsInline(IElement element, HashSet<IElement> holdsBlocks) => Inline.Contains(element.LocalName) && !holdsBlocks.Contains(element);

    /// <summary>Adds every element with a block-level descendant to <paramref name="holders"/>; returns whether <paramref name="element"/> is or holds a block.</summary>
    private static bool MarkBlockHolders(IElement element, HashSet<IElement> holders)
    {
        var holds = false;

        // Child nodes, not Children: AngleSharp's element collection is a filtered view, slow to index.
        var children = element.ChildNodes;
        for (var i = 0; i < children.Length; i++)
        {
            if (children[i] is IElement child)
            {
                holds |= MarkBlockHolders(child, holders);
            }
        }

        if (holds)
        {
            holders.Add(element);
        }

        return holds || !Inline.Contains(element.LocalName);
    }

    private static void Visit(IElement owner, HashSet<IElement> holdsBlocks, List<HtmlBlock> blocks)
    {
        var text = new StringBuilder();
        var nodes = new List<INode>();
        var links = 0;

        // Indexed, not NextSibling: AngleSharp finds a node's next sibling by searching its parent's children.
        var children = owner.ChildNodes;
        for (var i = 0; i < children.Length; i++)
        {
            switch (children[i])
            {
                case IText node:
                    text.Append(node.Data);
                    nodes.Add(node);
                    break;
                case IElement element when IsSkipped(element):
                    break;
                case IElement element when IsInline(element, holdsBlocks):
                    links += AppendInline(element, text, inLink: false);
                    nodes.Add(element);
                    break;
                case IElement element:
                    Flush();
                    Visit(element, holdsBlocks, blocks);
                    break;
            }
        }

        Flush();

        void Flush()
        {
            var collapsed = TextMeasure.Collapse(text.ToString());
            if (collapsed.Length > 0)
            {
                blocks.Add(new HtmlBlock(owner, [.. nodes], collapsed, Math.Min(links, collapsed.Length)));
            }

            text.Clear();
            nodes.Clear();
            links = 0;
        }
    }

    /// <summary>Appends an inline element's text (a space for a line break); returns the length of its text inside links.</summary>
    private static int AppendInline(IElement element, StringBuilder text, bool inLink)
    {
        if (element.LocalName == "br")
        {
            text.Append(' ');
            return 0;
        }

        inLink |= element.LocalName == "a";
        var links = 0;
        var children = element.ChildNodes;
        for (var i = 0; i < children.Length; i++)
        {
            switch (children[i])
            {
                case IText node:
                    text.Append(node.Data);
                    links += inLink ? TextMeasure.Collapse(node.Data).Length : 0;
                    break;
                case IElement child when !IsSkipped(child):
                    links += AppendInline(child, text, inLink);
                    break;
            }
        }

        return links;
    }
}
