using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Reader.Content;

/// <summary>
/// The one way names become URL segments. Published URLs depend on it: any change here
/// breaks links, so its behaviour is pinned by tests.
/// </summary>
public static class Slug
{
    private const int MaxLength = 80;

    private static readonly HashSet<string> ReservedDeviceNames = new(StringComparer.Ordinal)
    {
        "con", "prn", "aux", "nul", "com1", "com2", "com3", "com4", "com5", "com6", "com7", "com8", "com9",
        "lpt1", "lpt2", "lpt3", "lpt4", "lpt5", "lpt6", "lpt7", "lpt8", "lpt9",
    };

    /// <summary>
    /// Lower-case ASCII letters, digits and single hyphens: diacritics folded, Cyrillic and kana
    /// transliterated. Text with nothing to transliterate (e.g. only kanji) gets a stable hash.
    /// </summary>
    public static string From(string name)
    {
        var folded = Transliteration.ToAscii(UnicodeFolding.Compatible(name));
        var slug = new StringBuilder(folded.Length);
        var pendingHyphen = false;
        foreach (var c in folded)
        {
            if (c is '\'' or '’' or '`')
            {
                continue;
            }

            if (char.IsAsciiLetterOrDigit(c))
            {
                if (pendingHyphen && slug.Length > 0)
                {
                    slug.Append('-');
                }

                slug.Append(char.ToLowerInvariant(c));
                pendingHyphen = false;
            }
            else
            {
                pendingHyphen = true;
            }
        }

        var result = Shorten(slug.ToString());
        if (result.Length == 0)
        {
            return "x-" + ShortHash(Transliteration.Normalize(name, NormalizationForm.FormC).Trim());
        }

        return ReservedDeviceNames.Contains(result) ? result + "-x" : result;
    }

    /// <summary>The slug itself, or with -2, -3 … appended until it is not in <paramref name="taken"/>.</summary>
    public static string Unique(string slug, IReadOnlySet<string> taken)
    {
        if (!taken.Contains(slug))
        {
            return slug;
        }

        for (var n = 2; ; n++)
        {
            var candidate = $"{slug}-{n.ToString(CultureInfo.InvariantCulture)}";
            if (!taken.Contains(candidate))
            {
                return candidate;
            }
        }
    }

    /// <summary>True when <paramref name="text"/> is already a well-formed slug.</summary>
    public static bool IsValid(string text) =>
        text.Length is > 0 and <= MaxLength + 9 && text.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-')
        && !text.StartsWith('-') && !text.EndsWith('-') && !text.Contains("--", StringComparison.Ordinal);

    private static string Shorten(string slug)
    {
        if (slug.Length <= MaxLength)
        {
            return slug;
        }

        var cut = slug.LastIndexOf('-', MaxLength);
        return (cut > MaxLength / 2 ? slug[..cut] : slug[..MaxLength]).TrimEnd('-');
    }

    private static string ShortHash(string text) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..10];
}
