using Reader.Ingest.Metadata;

namespace Reader.Ingest.Html;

/// <summary>
/// Strips the site's name from a page title: "Talks resume in Geneva | The Daily Ledger" → "Talks resume in Geneva",
/// splitting on the separators sites use and dropping the part that names the site.
/// </summary>
public static class TitleCleaner
{
    private static readonly string[] Separators = [" | ", " – ", " — ", " - ", " :: ", " · ", " • ", " « ", " » "];

    public static string Clean(string title, IEnumerable<string?> siteNames, string? heading = null)
    {
        title = TextMeasure.Collapse(title);
        var names = siteNames.OfType<string>().Where(n => n.Length > 0).ToList();
        foreach (var separator in Separators)
        {
            var parts = title.Split(separator);
            if (parts.Length < 2)
            {
                continue;
            }

            var kept = parts.Where(p => !names.Any(n => SiteNameFinder.SameName(p, n) || SameDomain(p, n))).ToList();
            if (kept.Count < parts.Length && kept.Count > 0)
            {
                return string.Join(separator, kept).Trim();
            }

            // No site name known: the page's own heading tells which part is the article's.
            if (heading is not null && parts.FirstOrDefault(p => string.Equals(p.Trim(), heading, StringComparison.OrdinalIgnoreCase)) is { } match)
            {
                return match.Trim();
            }
        }

        return title;
    }

    // "example.com" in the title names the site "Example".
    private static bool SameDomain(string part, string name) =>
        part.Contains('.', StringComparison.Ordinal) && part.Trim().StartsWith(name.Replace(" ", "", StringComparison.Ordinal), StringComparison.OrdinalIgnoreCase);
}
