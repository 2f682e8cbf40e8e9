using System.Text;

namespace Reader.Content;

/// <summary>
/// Normalised keys for people's names, so "Abe Shinzō", "Shinzo Abe" and "ABE, Shinzo" are one person:
/// case and diacritics are folded, "Family, Given" is reordered, titles are dropped and word order is ignored.
/// </summary>
public static class PersonName
{
    private static readonly HashSet<string> Titles = new(StringComparer.Ordinal)
    {
        "dr", "prof", "professor", "mr", "mrs", "ms", "sir", "amb", "ambassador", "phd", "jr", "sr",
    };

    public static string Key(string name)
    {
        var words = Words(name);
        words.Sort(StringComparer.Ordinal);
        return string.Join(' ', words);
    }

    /// <summary>"Family, Given" becomes "Given Family"; other forms are returned trimmed and single-spaced.</summary>
    public static string Display(string name)
    {
        var parts = name.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        var ordered = parts.Length == 2 && !parts[1].Contains(' ', StringComparison.Ordinal) ? $"{parts[1]} {parts[0]}" : name;
        return string.Join(' ', ordered.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
    }

    private static List<string> Words(string name)
    {
        var folded = Transliteration.ToAscii(UnicodeFolding.Compatible(Display(name))).ToLowerInvariant();
        var builder = new StringBuilder(folded.Length);
        foreach (var c in folded)
        {
            builder.Append(char.IsAsciiLetterOrDigit(c) ? c : ' ');
        }

        return [.. builder.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => !Titles.Contains(w))];
    }
}
