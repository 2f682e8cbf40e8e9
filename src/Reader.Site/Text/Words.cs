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

    [ThreadStatic]
    private static Tally? t_tally;

    [ThreadStatic]
    private static StringBuilder? t_decomposed;

    /// <summary>Counts the words that say something: three characters or more, not a stop word, not a number.</summary>
    /// <param name="title">The title, folded (<see cref="Fold(string)"/>).</param>
    /// <param name="body">The body's plain text, folded, counted with the title.</param>
    /// <returns>A count for each word, in the order the words first appear.</returns>
    public static IReadOnlyList<TermCount> Count(ReadOnlySpan<char> title, ReadOnlySpan<char> body, Vocabulary vocabulary)
    {
        var tally = t_tally ??= new Tally();
        tally.Add(title, vocabulary);
        tally.Add(body, vocabulary);
        return tally.Take();
    }

    /// <summary>Lower case without combining marks (NFKD), so "Shinzō" and "shinzo" are one word; line breaks become spaces.</summary>
    public static string Fold(string text)
    {
        if (Ascii.IsValid(text))
        {
            return text.ToLowerInvariant().Replace('\n', ' ');
        }

        using var folded = new TextBuffer(text.Length);
        Fold(text, folded);
        return folded.ToString();
    }

    /// <summary>Appends the text folded as <see cref="Fold(string)"/> does, without making a string of it.</summary>
    internal static void Fold(ReadOnlySpan<char> text, TextBuffer folded)
    {
        // NFKD decomposes each character on its own and reorders only runs of combining marks, which never span a
        // line break: so each line is folded alone, lines of ASCII skip the normalizer, and a line of Russian or
        // Japanese meets it once rather than once a word.
        for (var rest = text; ;)
        {
            var end = rest.IndexOf('\n');
            var line = end < 0 ? rest : rest[..end];
            if (Ascii.IsValid(line))
            {
                Ascii.ToLower(line, folded.AppendSpan(line.Length), out _);
            }
            else
            {
                // NFKD without marks from Reader's own table: the same words whether or not .NET has ICU.
                var decomposed = t_decomposed ??= new StringBuilder(256);
                decomposed.Clear();
                UnicodeFolding.AppendFolded(decomposed, line);
                foreach (var chunk in decomposed.GetChunks())
                {
                    chunk.Span.ToLowerInvariant(folded.AppendSpan(chunk.Length));
                }
            }

            if (end < 0)
            {
                return;
            }

            folded.Append(' ');
            rest = rest[(end + 1)..];
        }
    }

    /// <summary>
    /// Counts by the vocabulary's numbers in an array kept by each thread. Each thread also remembers each word's
    /// number, or that it does not count, so a word costs one lookup in a dictionary no other thread touches,
    /// rather than one in the stop words and one in the shared vocabulary.
    /// </summary>
    private sealed class Tally
    {
        private const int Ignored = -1;

        private readonly Dictionary<string, int> _ids = new(StringComparer.Ordinal);
        private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _lookup;
        private readonly List<int> _seen = new(1024);
        private Vocabulary? _vocabulary;
        private int[] _counts = new int[4096];

        public Tally() => _lookup = _ids.GetAlternateLookup<ReadOnlySpan<char>>();

        public void Add(ReadOnlySpan<char> folded, Vocabulary vocabulary)
        {
            if (!ReferenceEquals(vocabulary, _vocabulary))
            {
                _ids.Clear();
                _vocabulary = vocabulary;
            }

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
                i = end;
                if (word.Length < 3)
                {
                    continue;
                }

                if (!_lookup.TryGetValue(word, out var id))
                {
                    id = StopWordLookup.Contains(word) || !word.ContainsAnyExcept(AsciiDigits) ? Ignored : vocabulary.Id(word);
                    _lookup[word] = id;
                }

                if (id == Ignored)
                {
                    continue;
                }

                if (id >= _counts.Length)
                {
                    Array.Resize(ref _counts, Math.Max(_counts.Length * 2, id + 1));
                }

                if (_counts[id]++ == 0)
                {
                    _seen.Add(id);
                }
            }
        }

        /// <summary>The counts so far, which are then cleared for the next body.</summary>
        public TermCount[] Take()
        {
            var terms = new TermCount[_seen.Count];
            for (var i = 0; i < terms.Length; i++)
            {
                var id = _seen[i];
                terms[i] = new TermCount(id, _counts[id]);
                _counts[id] = 0;
            }

            _seen.Clear();
            return terms;
        }
    }
}
