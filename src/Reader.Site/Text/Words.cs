using System.Globalization;
using System.Text;
using Reader.Content;
using Reader.Site.Model;

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

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> StopWordLookup = StopWords.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly System.Buffers.SearchValues<char> AsciiDigits = System.Buffers.SearchValues.Create("0123456789");

    /// <summary>Counts the words of a text that say something: three characters or more, not a stop word, not a number.</summary>
    public static IReadOnlyList<TermCount> Count(string text, Vocabulary vocabulary)
    {
        var counts = new Dictionary<int, int>();
        var folded = Fold(text).AsSpan();
        for (var i = 0; i < folded.Length;)
        {
            if (!char.IsLetterOrDigit(folded[i]))
            {
                i++;
                continue;
            }

            var end = i + 1;
            while (end < folded.Length && char.IsLetterOrDigit(folded[end]))
            {
                end++;
            }

            var word = folded[i..end];
            if (word.Length >= 3 && !StopWordLookup.Contains(word) && word.ContainsAnyExcept(AsciiDigits))
            {
                var id = vocabulary.Id(word);
                counts[id] = counts.GetValueOrDefault(id) + 1;
            }

            i = end;
        }

        return [.. counts.Select(p => new TermCount(p.Key, p.Value))];
    }

    /// <summary>Lower case without combining marks (NFKD), so "Shinzō" and "shinzo" are one word.</summary>
    public static string Fold(string text)
    {
        if (Ascii.IsValid(text))
        {
            return text.ToLowerInvariant();
        }

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
}
