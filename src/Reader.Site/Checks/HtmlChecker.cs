using AngleSharp.Dom;
using AngleSharp.Html.Dom;

namespace Reader.Site.Checks;

/// <summary>
/// Structural checks every page must pass: a doctype, a language, exactly one h1, unique ids,
/// a label for every form field, alt text for every image, and the landmarks a screen reader jumps between.
/// </summary>
public static class HtmlChecker
{
    public static IReadOnlyList<PageProblem> Check(OutputFolder output)
    {
        var problems = new List<PageProblem>();
        foreach (var page in output.Pages)
        {
            problems.AddRange(Check(output[page]).Select(p => new PageProblem(page, p)));
        }

        return problems;
    }

    public static IEnumerable<string> Check(IHtmlDocument document)
    {
        if (document.Doctype?.Name != "html")
        {
            yield return "no <!doctype html>";
        }

        if (string.IsNullOrWhiteSpace(document.DocumentElement.GetAttribute("lang")))
        {
            yield return "<html> has no lang";
        }

        var h1 = document.QuerySelectorAll("h1").Length;
        if (h1 != 1)
        {
            yield return $"{h1} h1 elements instead of one";
        }

        foreach (var landmark in new[] { "header", "nav", "main", "footer" })
        {
            if (document.QuerySelector(landmark) is null)
            {
                yield return $"no <{landmark}> landmark";
            }
        }

        foreach (var id in document.QuerySelectorAll("[id]").GroupBy(e => e.Id!, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            yield return $"id '{id.Key}' is used {id.Count()} times";
        }

        foreach (var field in document.QuerySelectorAll("input, select, textarea").Where(NeedsLabel))
        {
            var labelled = field.HasAttribute("aria-label") || field.Closest("label") is not null
                || (field.Id is { } id && document.QuerySelector($"label[for=\"{id}\"]") is not null);
            if (!labelled)
            {
                yield return $"<{field.LocalName} name='{field.GetAttribute("name")}'> has no label";
            }
        }

        foreach (var image in document.QuerySelectorAll("img:not([alt])"))
        {
            yield return $"<img src='{image.GetAttribute("src")}'> has no alt text";
        }
    }

    private static bool NeedsLabel(IElement field) =>
        field.GetAttribute("type") is not ("hidden" or "submit" or "button" or "reset" or "image");
}
