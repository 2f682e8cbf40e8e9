using System.Text.RegularExpressions;

namespace Reader.Ingest.Text;

/// <summary>
/// Strips what <c>lynx -dump</c> adds when it lists links: a <c>[12]</c> marker before each link and the numbered
/// "References" (or "Visible links" / "Hidden links") list at the end. Dumps without that list are left as they are,
/// so a bracketed number in an ordinary page is never touched.
/// </summary>
public static partial class LynxReferences
{
    public static string Strip(string text)
    {
        var lines = text.Split('\n');
        var start = Array.FindLastIndex(lines, l => ListHeading().IsMatch(l));
        if (start < 0 || !lines.Skip(start + 1).Where(l => l.Trim().Length > 0).Take(3).Any(l => ListEntry().IsMatch(l)))
        {
            return text;
        }

        // "Visible links" and "Hidden links" may both be there: cut from the first list heading.
        var first = Array.FindIndex(lines, l => ListHeading().IsMatch(l));
        var kept = string.Join('\n', lines.Take(first));
        return Marker().Replace(kept, "");
    }

    [GeneratedRegex(@"^\s*(?:References|Visible links:?|Hidden links:?)\s*$")]
    private static partial Regex ListHeading();

    [GeneratedRegex(@"^\s*\d+\.\s+\S+:")]
    private static partial Regex ListEntry();

    [GeneratedRegex(@"\[\d+\]")]
    private static partial Regex Marker();
}
