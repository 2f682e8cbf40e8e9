using AngleSharp.Dom;

namespace Reader.Ingest.Html;

/// <summary>Sizes of an element's text that the content heuristics compare: length, links, commas.</summary>
public static class TextMeasure
{
    /// <summary>Length of the element's text with runs of whitespace counted as one character.</summary>
    public static int Length(INode node)
    {
        var length = 0;
        var space = true;
        Count(node, ref length, ref space);
        return length;
    }

    /// <summary>The share of the element's text that sits inside links; in-page anchors (#…) count a third (Readability does the same).</summary>
    public static double LinkDensity(IElement element)
    {
        var total = Length(element);
        if (total == 0)
        {
            return 0;
        }

        return Math.Min(1, LinkLength(element) / total);
    }

    /// <summary>Length of the text inside links (an element that is a link counts whole), in-page anchors weighted a third.</summary>
    public static double LinkLength(IElement element)
    {
        if (element.LocalName == "a")
        {
            return Length(element) * Weight(element);
        }

        double links = 0;
        foreach (var anchor in element.QuerySelectorAll("a"))
        {
            links += Length(anchor) * Weight(anchor);
        }

        return links;

        static double Weight(IElement anchor) => (anchor.GetAttribute("href") ?? "").StartsWith('#') ? 0.3 : 1;
    }

    public static int Commas(string text)
    {
        var count = 0;
        foreach (var c in text)
        {
            count += c is ',' or '、' or '，' or '،' ? 1 : 0;
        }

        return count;
    }

    /// <summary>Whitespace collapsed to single spaces and trimmed.</summary>
    public static string Collapse(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    /// <summary>
    /// The length of a text once each run of white space is one space. <paramref name="space"/> says whether what
    /// came before ended in white space, and afterwards whether this text did, so texts can be measured in a row.
    /// </summary>
    public static int CollapsedLength(string data, ref bool space)
    {
        var length = 0;
        foreach (var c in data)
        {
            if (char.IsWhiteSpace(c))
            {
                if (!space)
                {
                    length++;
                    space = true;
                }
            }
            else
            {
                length++;
                space = false;
            }
        }

        return length;
    }

    private static void Count(INode node, ref int length, ref bool space)
    {
        if (node is IText text)
        {
            length += CollapsedLength(text.Data, ref space);
            return;
        }

        // Indexed, not NextSibling: AngleSharp finds a node's next sibling by searching its parent's children,
        // which made this walk quadratic in the width of long lists.
        var children = node.ChildNodes;
        for (var i = 0; i < children.Length; i++)
        {
            Count(children[i], ref length, ref space);
        }
    }
}
