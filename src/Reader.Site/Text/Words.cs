using System.Globalization;
using System.Text;
using Reader.Content;

namespace Reader.Site.Text;

/// <summary>Splits text into folded words for similarity: lower case, no diacritics, no common English function words.</summary>
public static class Words
{
    private static readonly HashSet<string> StopWords = new(StringComparer.Ordinal)
    {
        "the", "and", "for", "that", "with", "this", "from", "are", "was", "were", "has", "have", "had", "not", "but",
        "its", "his", "her", "their", "they", "them", "which", "who", "whom", "will", "would", "can", "could", "should",
        "been", "being", "also", "than", "then", "there", "these", "those", "such", "into", "over", "more", "most",
        "other", "some", "any", "all", "one", "two", "about", "after", "before", "between", "while", "when", "where",
        "what", "how", "our", "out", "its", "may", "might", "did", "does", "very", "only", "same", "both", "each",
    };

    public static IEnumerable<string> Of(string text)
    {
        var word = new StringBuilder();
        foreach (var c in Fold(text))
        {
            if (char.IsLetterOrDigit(c))
            {
                word.Append(c);
                continue;
            }

            if (Take(word) is { } done)
            {
                yield return done;
            }
        }

        if (Take(word) is { } last)
        {
            yield return last;
        }
    }

    /// <summary>Lower case without combining marks (NFKD), so "Shinzō" and "shinzo" are one word.</summary>
    public static string Fold(string text)
    {
        var decomposed = Transliteration.Normalize(text, NormalizationForm.FormKD);
        var folded = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                folded.Append(char.ToLowerInvariant(c));
            }
        }

        return folded.ToString();
    }

    private static string? Take(StringBuilder word)
    {
        var text = word.ToString();
        word.Clear();
        return text.Length >= 3 && !StopWords.Contains(text) && !text.All(char.IsAsciiDigit) ? text : null;
    }
}
