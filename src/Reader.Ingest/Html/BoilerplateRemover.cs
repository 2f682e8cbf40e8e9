using AngleSharp.Dom;
using Reader.Ingest.Data;

namespace Reader.Ingest.Html;

/// <summary>
/// Removes what is never article content before the body is looked for: scripts and styles, forms, navigation,
/// consent banners and dialogs, share and newsletter boxes, hidden elements (selectors in
/// <c>Data/html-boilerplate-selectors.txt</c>), then page headers and footers.
/// </summary>
public sealed class BoilerplateRemover(IReadOnlyList<string> selectors)
{
    private readonly SelectorSet _selectors = new(selectors);

    // Tags that never hold article text, whatever they contain.
    private static readonly HashSet<string> NeverContent = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "noscript", "template", "iframe", "object", "embed", "svg", "canvas", "link", "meta",
    };

    // A container holding more than this share of the page's text is kept whatever its class says: some
    // themes put "has-modal" or "cookie-banner-open" on the wrapper of the whole page.
    private const double WrapperShare = 0.5;

    private const int ProseParagraphLength = 200;
    private const int ProseParagraphs = 3;

    public static BoilerplateRemover Default { get; } = new(HtmlData.BoilerplateSelectors);


    /// <param name="root">The element to clean.</param>
    /// <param name="textLength">The <see cref="TextMeasure.Length"/> of <paramref name="root"/>, when the caller has it already.</param>
    /// <param name="edits">Where the removals are made, so they can be undone.</param>
    public int Remove(IElement root, int textLength, DomEdits edits)
    {
        var total = Math.Max(1, textLength);

        // Three walks in the order the rules were written: selectors, then inline styles, then structure. Each walk
        // visits elements in document order and skips what it removed, so every element is judged with its own
        // subtree intact and after the earlier walks, as when each rule was a query over the whole page.
        var removed = RemoveWhere(root, e => _selectors.Matches(e) && IsRemovable(e, total), edits);
        removed += RemoveWhere(root, e => IsHiddenByStyle(e) && IsRemovable(e, total), edits);
        removed += RemoveWhere(root, e => IsStructural(e) && IsRemovable(e, total) && !HoldsArticleProse(e) && !IsEntryHeader(e), edits);
        return removed;
    }

    /// <summary>Removes the descendants of <paramref name="root"/> that <paramref name="remove"/> picks, outermost first.</summary>
    private static int RemoveWhere(IElement root, Func<IElement, bool> remove, DomEdits edits)
    {
        var removed = 0;

        // Indexed children, not NextSibling: AngleSharp finds a node's next sibling by searching its parent's children.
        var children = root.ChildNodes;
        for (var i = 0; i < children.Length; i++)
        {
            if (children[i] is not IElement element)
            {
                continue;
            }

            if (remove(element))
            {
                edits.Remove(element);
                removed++;
                i--;
            }
            else
            {
                removed += RemoveWhere(element, remove, edits);
            }
        }

        return removed;
    }

    private static bool IsRemovable(IElement element, int total)
    {
        if (NeverContent.Contains(element.LocalName))
        {
            return true;
        }

        if (element.LocalName is "html" or "body" or "main" or "article" || element.GetAttribute("itemprop") == "articleBody")
        {
            return false;
        }

        return TextMeasure.Length(element) <= total * WrapperShare;
    }

    // Inline display:none and visibility:hidden: the page's own styles are not applied, so only these are known.
    private static bool IsHiddenByStyle(IElement element)
    {
        if (element.GetAttribute("style") is not { } attribute)
        {
            return false;
        }

        var style = attribute.Replace(" ", "", StringComparison.Ordinal).ToLowerInvariant();
        return style.Contains("display:none", StringComparison.Ordinal) || style.Contains("visibility:hidden", StringComparison.Ordinal);
    }

    // Headers, footers and forms are chrome unless they wrap the article (ASP.NET pages put the whole page in a form;
    // an article's own header holds its title and byline, which are metadata, not body).
    private static bool IsStructural(IElement element) =>
        element.LocalName is "header" or "footer" or "form" || element.GetAttribute("role") == "form";

    // The header of one entry in a live blog (its time and headline) is part of the story, not of the page's chrome.
    private static bool IsEntryHeader(IElement element) =>
        element.LocalName == "header" && element.ParentElement is { LocalName: "article" } entry
        && element.QuerySelector("h2, h3, h4") is not null && ContentLocator.StreamOf(entry) is not null;

    private static bool HoldsArticleProse(IElement element)
    {
        var paragraphs = 0;
        foreach (var p in element.GetElementsByTagName("p"))
        {
            if (TextMeasure.Length(p) >= ProseParagraphLength && ++paragraphs >= ProseParagraphs)
            {
                return true;
            }
        }

        return false;
    }
}
