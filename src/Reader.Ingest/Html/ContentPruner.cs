using AngleSharp.Dom;
using Reader.Ingest.Data;
using Reader.Ingest.Text;

namespace Reader.Ingest.Html;

/// <summary>
/// Removes the chrome that sits inside the located body: blocks whose class says byline, share, related or
/// newsletter; link lists; form-like and image-only boxes (Readability's "clean conditionally"); one-line widgets
/// ("Share this article", "Advertisement").
/// </summary>
public sealed class ContentPruner(ClassHints hints, CleaningOptions options, DomEdits edits)
{
    private const int ChromeParagraphMaxWords = 12;

    public void Prune(IElement root)
    {
        if (options.UseClassHints)
        {
            RemoveByClass(root);
        }

        if (options.UseConditionalPruning)
        {
            RemoveConditionally(root);
        }

        RemoveChromeParagraphs(root);
    }

    private void RemoveByClass(IElement root)
    {
        var total = Math.Max(1, TextMeasure.Length(root));
        foreach (var element in root.QuerySelectorAll("*").ToList())
        {
            if (element.Parent is null || element.LocalName is "a" or "span" or "em" or "strong" or "b" or "i" or "sup" or "sub" or "code")
            {
                continue;
            }

            // A negative word on a wrapper of most of the body ("post has-sidebar") is the theme's, not the block's.
            if (hints.IsNegative(element) && !hints.IsPositive(element) && TextMeasure.Length(element) < total * 0.5)
            {
                edits.Remove(element);
            }
        }
    }

    private void RemoveConditionally(IElement root)
    {
        // Innermost first, so a link list inside a larger block goes before the block is judged.
        foreach (var element in root.QuerySelectorAll("ul, ol, dl, div, section, table, fieldset").Reverse().ToList())
        {
            if (element.Parent is null || element == root)
            {
                continue;
            }

            if (IsChromeBlock(element))
            {
                edits.Remove(element);
            }
        }

        foreach (var paragraph in root.QuerySelectorAll("p").ToList())
        {
            var length = TextMeasure.Length(paragraph);
            if (length is > 0 and < 200 && TextMeasure.LinkDensity(paragraph) >= 0.8)
            {
                edits.Remove(paragraph);
            }
        }
    }

    private bool IsChromeBlock(IElement element)
    {
        var text = element.TextContent;
        if (TextMeasure.Commas(text) >= 10)
        {
            return false;
        }

        var weight = options.UseClassHints ? hints.Weight(element) : 0;
        var density = TextMeasure.LinkDensity(element);
        var length = TextMeasure.Length(element);
        var paragraphs = element.QuerySelectorAll("p").Length;
        var images = element.QuerySelectorAll("img").Length;
        var items = element.QuerySelectorAll("li").Length;
        var isList = element.LocalName is "ul" or "ol" or "dl";
        var holdsContent = element.QuerySelector("h2, h3, h4, h5, h6, figure, blockquote, pre, table") is not null;

        if (isList)
        {
            // A list of links is navigation or "related"; a list of statements with a link in each is body.
            return density > 0.5;
        }

        if (holdsContent && density < 0.5)
        {
            return false;
        }

        return (images > 1 && paragraphs * 2 < images && element.QuerySelector("figure, figcaption") is null)
            || (items > paragraphs && element.LocalName != "table" && density > 0.3)
            || (weight < 25 && density > 0.2 && length < 1000 && element.LocalName != "table")
            || (weight >= 25 && density > 0.5);
    }

    private void RemoveChromeParagraphs(IElement root)
    {
        foreach (var element in root.QuerySelectorAll("p, div, span, h2, h3, h4, h5, h6, li, figcaption, strong").ToList())
        {
            if (element.Parent is null || element.Children.Any(c => c.LocalName is "p" or "div"))
            {
                continue;
            }

            var text = LineShape.Normalize(element.TextContent);
            if (text.Length == 0 || LineShape.WordCount(text) > ChromeParagraphMaxWords)
            {
                continue;
            }

            if (HtmlData.ChromeParagraphs.Matches(text) || LabelIsChrome(text))
            {
                edits.Remove(element);
            }
        }
    }

    // "Read more: …", "Photo: Getty Images", "Related: …": a chrome label before a colon.
    private static bool LabelIsChrome(string normalized)
    {
        var colon = normalized.IndexOf(':', StringComparison.Ordinal);
        return colon > 0 && HtmlData.ChromeParagraphs.Matches(normalized[..colon]);
    }
}
