using AngleSharp.Dom;

namespace Reader.Ingest.Html;

/// <summary>
/// Readability's content score: every paragraph-like block scores for its length and commas, and hands the score
/// to its parent (in full) and grandparent (half); a container's final score is scaled down by its link density.
/// </summary>
public sealed class BlockScorer(ClassHints hints, bool useClassHints = true)
{
    private const int MinBlockLength = 25;
    private const int MaxLedeLength = 300;
    private const int MinHeadlineLength = 15;

    public static bool IsParagraphLike(IElement element) => element.LocalName switch
    {
        "p" or "pre" or "td" or "blockquote" => true,
        "div" or "section" => HasDirectText(element),
        _ => false,
    };

    /// <summary>Scores of the containers of paragraph-like blocks under <paramref name="root"/>.</summary>
    public Dictionary<IElement, double> Score(IElement root)
    {
        var scores = new Dictionary<IElement, double>();
        var sizes = new TextSizes(root);
        foreach (var block in root.QuerySelectorAll("p, pre, td, blockquote, div, section"))
        {
            if (!IsParagraphLike(block))
            {
                continue;
            }

            var length = sizes.Length(block);
            if (length < MinBlockLength || IsTeaserLede(block, length))
            {
                continue;
            }

            var score = 1 + sizes.Commas(block) + Math.Min(length / 100, 3);
            if (block.ParentElement is { } parent)
            {
                Add(parent, score);
                if (parent.ParentElement is { } grandparent)
                {
                    Add(grandparent, score / 2.0);
                }
            }
        }

        foreach (var element in scores.Keys.ToList())
        {
            scores[element] *= 1 - sizes.LinkDensity(element);
        }

        return scores;

        void Add(IElement element, double score)
        {
            if (!scores.ContainsKey(element))
            {
                scores[element] = InitialScore(element);
            }

            scores[element] += score;
        }
    }

    private double InitialScore(IElement element)
    {
        var byTag = element.LocalName switch
        {
            "div" or "article" or "main" => 5,
            "pre" or "td" or "blockquote" => 3,
            "ol" or "ul" or "dl" or "dd" or "dt" or "li" or "form" => -3,
            "h1" or "h2" or "h3" or "h4" or "h5" or "h6" or "th" => -5,
            _ => 0,
        };
        return byTag + (useClassHints ? hints.Weight(element) : 0);
    }

    /// <summary>
    /// The blurb of a teaser card: a short block right after a linked headline (<c>&lt;h3&gt;&lt;a&gt;…&lt;/a&gt;&lt;/h3&gt;&lt;p&gt;…</c>).
    /// A rail of eighty such cards would otherwise outscore the article beside it, each blurb reading as a paragraph.
    /// </summary>
    public static bool IsTeaserLede(IElement block, int length)
    {
        if (length >= MaxLedeLength)
        {
            return false;
        }

        // Old sites put the headline inside the blurb's own paragraph: <p><a><b>…</b></a><br>blurb</p>.
        return (block.PreviousElementSibling is { } previous && IsLinkedHeadline(previous))
            || (block.FirstElementChild is { LocalName: "a" or "b" or "strong" } first && first.NextElementSibling is { LocalName: "br" }
                && string.IsNullOrWhiteSpace(first.PreviousSibling?.TextContent) && IsLinkedHeadline(first));
    }

    private static bool IsLinkedHeadline(IElement element)
    {
        var headline = TextMeasure.Length(element);
        return headline >= MinHeadlineLength && TextMeasure.LinkLength(element) >= headline * 0.9;
    }

    /// <summary>
    /// A div whose own text (not its children's) is prose: bodies written with <c>&lt;br&gt;&lt;br&gt;</c> instead of paragraphs.
    /// Link text does not count: a teaser card (a linked headline and a kicker) is not a paragraph.
    /// </summary>
    public static bool HasDirectText(IElement element)
    {
        var length = 0;
        // Indexed, not NextSibling: AngleSharp finds a node's next sibling by searching its parent's children.
        var children = element.ChildNodes;
        for (var i = 0; i < children.Length; i++)
        {
            var child = children[i];
            if (child is IText text)
            {
                length += text.Data.Trim().Length;
            }
            else if (child is IElement { LocalName: "em" or "i" or "b" or "strong" or "span" } inline)
            {
                length += inline.TextContent.Trim().Length;
            }
        }

        return length >= MinBlockLength;
    }
}
