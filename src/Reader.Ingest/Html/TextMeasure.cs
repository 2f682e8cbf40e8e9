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

        double links = 0;
        foreach (var anchor in element.QuerySelectorAll("a"))
        {
            var href = anchor.GetAttribute("href") ?? "";
            links += Length(anchor) * (href.StartsWith('#') ? 0.3 : 1);
        }

        return Math.Min(1, links / total);
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

    private static void Count(INode node, ref int length, ref bool space)
    {
        if (node is IText text)
        {
            foreach (var c in text.Data)
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

            return;
        }

        for (var child = node.FirstChild; child is not null; child = child.NextSibling)
        {
            Count(child, ref length, ref space);
        }
    }
}
