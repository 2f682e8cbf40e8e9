using System.Globalization;
using Reader.Site.Text;

namespace Reader.Site.Views;

/// <summary>Culture-invariant text for dates and counts, so output never depends on the machine's locale.</summary>
public static class Formatting
{
    public const int WordsPerMinute = 230;

    public static string DateText(DateOnly? date) =>
        date?.ToString("d MMMM yyyy", CultureInfo.InvariantCulture) ?? "Undated";

    public static string? DateIso(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string CitationDate(DateOnly date) => date.ToString("yyyy/MM/dd", CultureInfo.InvariantCulture);

    public static string Count(int count, string singular, string plural) =>
        $"{count.ToString(CultureInfo.InvariantCulture)} {(count == 1 ? singular : plural)}";

    public static string Articles(int count) => Count(count, "article", "articles");

    public static string ReadingTime(int words) =>
        $"{Math.Max(1, (int)Math.Round(words / (double)WordsPerMinute, MidpointRounding.AwayFromZero)).ToString(CultureInfo.InvariantCulture)} min read";

    /// <summary>The first sentences of a text, cut at a word boundary, for meta descriptions.</summary>
    public static string Excerpt(string text, int maxLength = 200)
    {
        // Only the opening matters: flattening a whole body to cut 200 characters from it is wasted work.
        var opening = text.AsSpan(0, Math.Min(text.Length, maxLength * 8));
        var flat = PlainText.Collapse(opening);
        if (flat.Length <= maxLength && opening.Length < text.Length)
        {
            flat = PlainText.Collapse(text);
        }

        if (flat.Length <= maxLength)
        {
            return flat;
        }

        var cut = flat.LastIndexOf(' ', maxLength);
        return flat[..(cut > maxLength / 2 ? cut : maxLength)].TrimEnd(',', ';', ':', '.') + "…";
    }
}
