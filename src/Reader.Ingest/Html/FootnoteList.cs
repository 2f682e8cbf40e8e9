using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace Reader.Ingest.Html;

/// <summary>
/// Footnotes as WordPress, Pandoc, Markdown-it and most journals write them: references <c>&lt;a href="#fn3"&gt;3&lt;/a&gt;</c>
/// and a list whose items have ids <c>fn3</c>/<c>footnote-3</c>, each with a "↩" link back. Written as <c>[^3]</c>.
/// </summary>
public static partial class FootnoteList
{
    public static bool IsFootnoteList(IElement list)
    {
        var items = list.Children.Where(c => c.LocalName == "li").ToList();
        return items.Count > 0 && items.All(i => NoteId().IsMatch(i.Id ?? ""));
    }

    public static string Write(IElement list, Func<IElement, string> inline)
    {
        var lines = new List<string>();
        var index = 1;
        foreach (var item in list.Children.Where(c => c.LocalName == "li"))
        {
            var match = NoteId().Match(item.Id ?? "");
            var number = match.Success ? match.Groups["n"].Value : index.ToString(System.Globalization.CultureInfo.InvariantCulture);
            lines.Add($"[^{number}]: {inline(item)}");
            index++;
        }

        return string.Join('\n', lines);
    }

    /// <summary>The note number when the link points at a footnote and shows only its number; else null.</summary>
    public static string? ReferenceNumber(IElement anchor, string text)
    {
        var href = anchor.GetAttribute("href") ?? "";
        var target = NoteId().Match(href.TrimStart('#'));
        var digits = text.Trim('[', ']', '(', ')', '\\');
        return href.StartsWith('#') && target.Success && digits.Length > 0 && digits.All(char.IsDigit) ? digits : null;
    }

    public static bool IsBackReference(string href, string text) =>
        (href.StartsWith("#fnref", StringComparison.OrdinalIgnoreCase) || href.StartsWith("#ref", StringComparison.OrdinalIgnoreCase))
        && text is "↩" or "↑" or "^" or "↩︎" or "\\^" or "back" or "";

    [GeneratedRegex(@"^(?:fn|footnote|note|ftn)[-_:]?(?<n>\d+)$", RegexOptions.IgnoreCase)]
    private static partial Regex NoteId();
}
