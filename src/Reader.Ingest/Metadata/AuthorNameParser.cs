using System.Text.RegularExpressions;
using Reader.Ingest.Data;

namespace Reader.Ingest.Metadata;

/// <summary>Splits credit lists ("A and B", "A, B & C") into names and tells names from titles and institutions.</summary>
public static partial class AuthorNameParser
{
    private static readonly HashSet<string> Particles = new(StringComparer.Ordinal)
    {
        "van", "von", "de", "der", "den", "da", "di", "du", "del", "la", "le", "bin", "binti", "al", "el", "ibn", "y",
    };

    /// <summary>The names in a credit list, honorifics dropped; parts that are not names are left out.</summary>
    public static IReadOnlyList<string> Split(string names) =>
        [.. ListSeparator().Split(names).Select(StripHonorifics).Where(LooksLikePersonName)];

    /// <summary>Drops "Dr.", "Prof." and similar in front of a name, and "PhD"-style letters after it.</summary>
    public static string StripHonorifics(string name)
    {
        var stripped = HonorificPrefix().Replace(name.Trim(), "");
        return HonorificSuffix().Replace(stripped, "").Trim();
    }

    /// <summary>
    /// Two to four words, each capitalised (or a particle such as "van"), letters only apart from
    /// initials' dots, hyphens and apostrophes, and none of them a job-title or institution word.
    /// </summary>
    public static bool LooksLikePersonName(string text)
    {
        var words = text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        if (words.Length is < 2 or > 4)
        {
            return false;
        }

        foreach (var word in words)
        {
            if (Particles.Contains(word))
            {
                continue;
            }

            if (!char.IsUpper(word[0]) || !word.All(c => char.IsLetter(c) || c is '.' or '-' or '\'' or '’')
                || IsTitleWord(word) || Phrases.InstitutionWords.Matches(word))
            {
                return false;
            }
        }

        return !Particles.Contains(words[^1]);
    }

    /// <summary>A word of a job title ("Senior", "fellows", "President’s").</summary>
    public static bool IsTitleWord(string word)
    {
        var bare = word.TrimEnd(',', '.', ';');
        bare = bare.EndsWith("’s", StringComparison.Ordinal) || bare.EndsWith("'s", StringComparison.Ordinal) ? bare[..^2] : bare;
        return Phrases.JobTitleWords.Matches(bare) || (bare.EndsWith('s') && Phrases.JobTitleWords.Matches(bare[..^1]));
    }

    [GeneratedRegex(@"\s*(?:,\s*(?:and|&)\s+|,\s*|\s+and\s+|\s*&\s*|\s*;\s*)\s*")]
    private static partial Regex ListSeparator();

    [GeneratedRegex(@"^(?:(?:Dr|Prof|Professor|Mr|Mrs|Ms|Mx|Sir|Amb|Ambassador|Rev)\.?\s+)+", RegexOptions.IgnoreCase)]
    private static partial Regex HonorificPrefix();

    [GeneratedRegex(@",?\s+(?:PhD|Ph\.D\.|Jr\.?|Sr\.?|MD|M\.D\.)$")]
    private static partial Regex HonorificSuffix();
}
