using AngleSharp.Dom;

namespace Reader.Ingest.Html;

/// <summary>
/// <see cref="TextMeasure.Length"/>, <see cref="TextMeasure.LinkLength"/> and comma counts of every element under a
/// root, computed bottom-up in one walk. Scoring asks for them on every block and every block's parent and
/// grandparent, and measuring each subtree afresh made it quadratic in the nesting of the page. Valid only while the
/// subtree is not changed.
/// </summary>
public sealed class TextSizes
{
    private readonly Dictionary<INode, Size> _sizes = [];

    public TextSizes(IElement root) => Measure(root);

    /// <summary>The same as <see cref="TextMeasure.Length"/>.</summary>
    public int Length(IElement element) => _sizes.TryGetValue(element, out var size) ? size.Length : TextMeasure.Length(element);

    /// <summary>Commas in the element's <c>TextContent</c>.</summary>
    public int Commas(IElement element) => _sizes.TryGetValue(element, out var size) ? size.Commas : TextMeasure.Commas(element.TextContent);

    /// <summary>The same as <see cref="TextMeasure.LinkDensity"/>, summed in the same order so the figure is the same to the last bit.</summary>
    public double LinkDensity(IElement element)
    {
        var total = Length(element);
        if (total == 0)
        {
            return 0;
        }

        double links = 0;
        if (element.LocalName == "a")
        {
            links = total * AnchorWeight(element);
        }
        else
        {
            AddLinks(element, ref links);
        }

        return Math.Min(1, links / total);
    }

    // Anchors in document order, nested ones too, as QuerySelectorAll("a") lists them.
    private void AddLinks(IElement element, ref double links)
    {
        // ChildNodes, not Children: AngleSharp filters Children afresh on every index.
        var children = element.ChildNodes;
        for (var i = 0; i < children.Length; i++)
        {
            if (children[i] is not IElement child)
            {
                continue;
            }

            if (child.LocalName == "a")
            {
                links += Length(child) * AnchorWeight(child);
            }

            AddLinks(child, ref links);
        }
    }

    private static double AnchorWeight(IElement anchor) => (anchor.GetAttribute("href") ?? "").StartsWith('#') ? 0.3 : 1;

    /// <summary>
    /// A node's collapsed length when the text before it ended in whitespace, and enough about its ends to join it to
    /// its neighbours: after a non-space, a leading run of whitespace counts one more.
    /// </summary>
    private Size Measure(INode node)
    {
        Size size;
        if (node is IText text)
        {
            size = OfText(text.Data);
        }
        else
        {
            int length = 0, commas = 0;
            bool space = true, empty = true, leading = false;
            var children = node.ChildNodes;
            for (var i = 0; i < children.Length; i++)
            {
                var child = Measure(children[i]);
                commas += child.Commas;
                if (child.Empty)
                {
                    continue;
                }

                length += child.Length + (!space && child.LeadingSpace ? 1 : 0);
                leading = empty ? child.LeadingSpace : leading;
                space = child.TrailingSpace;
                empty = false;
            }

            size = new Size(length, commas, empty, leading, space);
        }

        if (node is IElement)
        {
            _sizes[node] = size;
        }

        return size;
    }

    private static Size OfText(string data)
    {
        if (data.Length == 0)
        {
            return new Size(0, 0, true, false, false);
        }

        var space = true;
        var length = TextMeasure.CollapsedLength(data, ref space);

        return new Size(length, TextMeasure.Commas(data), false, char.IsWhiteSpace(data[0]), space);
    }

    private readonly record struct Size(int Length, int Commas, bool Empty, bool LeadingSpace, bool TrailingSpace);
}
