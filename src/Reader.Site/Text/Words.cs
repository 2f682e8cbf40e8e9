using System.Globalization;
using System.Runtime.InteropServices;
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

    /// <summary>Counts the words that say something: three characters or more, not a stop word, not a number.</summary>
    /// <param name="folded">Texts already passed through <see cref="Fold"/>, counted together.</param>
    public static IReadOnlyList<TermCount> Count(IEnumerable<string> folded, Vocabulary vocabulary)
    {
        // Counted under this article's own dictionary first: the shared vocabulary is asked once per distinct word.
        var counts = new Dictionary<string, int>(512, StringComparer.Ordinal);
        foreach (var text in folded)
        {
            CountInto(counts, text);
        }

        var terms = new TermCount[counts.Count];
        var next = 0;
        foreach (var (word, count) in counts)
        {
            terms[next++] = new TermCount(vocabulary.Id(word), count);
        }

        return terms;
    }

    private static void CountInto(Dictionary<string, int> counts, ReadOnlySpan<char> folded)
    {
        var lookup = counts.GetAlternateLookup<ReadOnlySpan<char>>();
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
                CollectionsMarshal.GetValueRefOrAddDefault(lookup, word, out _)++;
            }

            i = end;
        }
    }

    /// <summary>Lower case without combining marks (NFKD), so "Shinzō" and "shinzo" are one word.</summary>
    public static string Fold(string text)
    {
        if (Ascii.IsValid(text))
        {
            return text.ToLowerInvariant();
        }

        // NFKD decomposes each character on its own and reorders only runs of combining marks, which are never
        // ASCII: so the ASCII stretches of a mostly English text skip the normalizer.
        var folded = new StringBuilder(text.Length);
        Span<char> lower = stackalloc char[256];
        var rest = text.AsSpan();
        while (!rest.IsEmpty)
        {
            var asciiLength = rest.IndexOfAnyExceptInRange('\0', '\x7f');
            var ascii = rest[..(asciiLength < 0 ? rest.Length : asciiLength)];
            for (var piece = ascii; !piece.IsEmpty; piece = piece[Math.Min(piece.Length, lower.Length)..])
            {
                Ascii.ToLower(piece[..Math.Min(piece.Length, lower.Length)], lower, out var written);
                folded.Append(lower[..written]);
            }

            rest = rest[ascii.Length..];
            var otherLength = rest.IndexOfAnyInRange('\0', '\x7f');
            var other = rest[..(otherLength < 0 ? rest.Length : otherLength)];
            if (!other.IsEmpty)
            {
                foreach (var c in Transliteration.Normalize(other.ToString(), NormalizationForm.FormKD).ToLowerInvariant())
                {
                    if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
                    {
                        folded.Append(c);
                    }
                }
            }

            rest = rest[other.Length..];
        }

        return folded.ToString();
    }
}
