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
    private static readonly IElement Probe = new AngleSharp.Html.Parser.HtmlParser().ParseDocument("<p></p>").Body!;

    // Selectors AngleSharp cannot parse are left out rather than failing every page.
    private readonly string _group = string.Join(", ", selectors.Where(IsValid));

    // Tags that never hold article text, whatever they contain.
    private static readonly HashSet<string> NeverContent = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "noscript", "template", "iframe", "object", "embed", "svg", "canvas", "link", "meta",
    };

    // A container holding more than this share of the page's text is kept whatever its class says: some
    // themes put "has-modal" or "cookie-banner-open" on the wrapper of the whole page.
    private const double WrapperShare = 0.5;

    public static BoilerplateRemover Default { get; } = new(HtmlData.BoilerplateSelectors);

    public int Remove(IElement root)
    {
        var total = Math.Max(1, TextMeasure.Length(root));
        var removed = 0;

        // One pass with the whole list as a selector group: a query per selector walked the DOM ninety times.
        foreach (var element in root.QuerySelectorAll(_group))
        {
            if (!IsAttached(element, root) || !IsRemovable(element, total))
            {
                continue;
            }

            element.Remove();
            removed++;
        }

        removed += RemoveHiddenByStyle(root, total);
        removed += RemoveStructural(root, total);
        return removed;
    }

    // An element inside one removed earlier still has its parent: only a walk up to the root tells it is gone.
    private static bool IsAttached(IElement element, IElement root)
    {
        for (var node = element.ParentElement; node is not null; node = node.ParentElement)
        {
            if (node == root)
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsValid(string selector)
    {
        try
        {
            Probe.QuerySelector(selector);
            return true;
        }
        catch (DomException)
        {
            return false;
        }
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
    private static int RemoveHiddenByStyle(IElement root, int total)
    {
        var removed = 0;
        foreach (var element in root.QuerySelectorAll("[style]"))
        {
            var style = (element.GetAttribute("style") ?? "").Replace(" ", "", StringComparison.Ordinal).ToLowerInvariant();
            if ((style.Contains("display:none", StringComparison.Ordinal) || style.Contains("visibility:hidden", StringComparison.Ordinal))
                && IsAttached(element, root) && IsRemovable(element, total))
            {
                element.Remove();
                removed++;
            }
        }

        return removed;
    }

    // Headers, footers and forms are chrome unless they wrap the article (ASP.NET pages put the whole page in a form;
    // an article's own header holds its title and byline, which are metadata, not body).
    private static int RemoveStructural(IElement root, int total)
    {
        var removed = 0;
        foreach (var element in root.QuerySelectorAll("header, footer, form, [role=form]").ToList())
        {
            if (IsAttached(element, root) && IsRemovable(element, total) && !HoldsArticleProse(element) && !IsEntryHeader(element))
            {
                element.Remove();
                removed++;
            }
        }

        return removed;
    }

    // The header of one entry in a live blog (its time and headline) is part of the story, not of the page's chrome.
    private static bool IsEntryHeader(IElement element) =>
        element.LocalName == "header" && element.ParentElement is { LocalName: "article" } entry
        && element.QuerySelector("h2, h3, h4") is not null && ContentLocator.StreamOf(entry) is not null;

    private static bool HoldsArticleProse(IElement element) =>
        element.QuerySelectorAll("p").Count(p => TextMeasure.Length(p) >= 200) >= 3;
}
