using System.Collections.Frozen;
using System.Globalization;
using Reader.Ingest.Text;

namespace Reader.Ingest.Blocks;

/// <summary>
/// Words whose presence in a block tells article text from boilerplate ("newsletter", "abonnieren", "czytaj"), or
/// class and id words around an HTML block that do ("entry-content", "teaser", "wp-caption"), learned from the
/// development set's marked passages: each word's log odds of standing in an article block rather than a
/// boilerplate one. Only words seen on several pages are kept, so no topic's or site's words count.
/// </summary>
public sealed class BlockLexicon(FrozenDictionary<string, double> weights)
{
    public static BlockLexicon Empty { get; } = new(FrozenDictionary<string, double>.Empty);

    public static IReadOnlyList<string> Names { get; } = ["lexicon_min", "lexicon_mean", "lexicon_coverage"];

    /// <summary>The same three features over the class and id words around an HTML block (<see cref="Html.HtmlAncestry.ClassWords"/>).</summary>
    public static IReadOnlyList<string> ClassNames { get; } = ["class_lexicon_min", "class_lexicon_mean", "class_lexicon_coverage"];

    /// <summary>The lowest and mean weight of the known tokens, and the share of the tokens that are known.</summary>
    public void Features(IReadOnlyList<string> tokens, Span<double> into)
    {
        double min = 0;
        double sum = 0;
        var known = 0;
        foreach (var token in tokens)
        {
            if (weights.TryGetValue(token, out var weight))
            {
                min = known == 0 ? weight : Math.Min(min, weight);
                sum += weight;
                known++;
            }
        }

        into[0] = min;
        into[1] = known == 0 ? 0 : sum / known;
        into[2] = tokens.Count == 0 ? 0 : (double)known / tokens.Count;
    }

    public IReadOnlyDictionary<string, double> Weights => weights;

    /// <summary>The lowest and mean weight of the block's known words, and the share of its words that are known.</summary>
    public void Features(string text, Span<double> into)
    {
        var lookup = weights.GetAlternateLookup<ReadOnlySpan<char>>();
        Span<char> lower = stackalloc char[MaxWordLength];
        double min = 0;
        double sum = 0;
        var (known, words) = (0, 0);
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            if (i < text.Length && char.IsLetterOrDigit(text[i]))
            {
                start = start < 0 ? i : start;
                continue;
            }

            if (start < 0)
            {
                continue;
            }

            var word = text.AsSpan(start, i - start);
            start = -1;
            if (word.Length > MaxWordLength || IsNumber(word))
            {
                continue;
            }

            words++;
            var length = word.ToLowerInvariant(lower);
            if (lookup.TryGetValue(lower[..length], out var weight))
            {
                min = known == 0 ? weight : Math.Min(min, weight);
                sum += weight;
                known++;
            }
        }

        into[0] = min;
        into[1] = known == 0 ? 0 : sum / known;
        into[2] = words == 0 ? 0 : (double)known / words;
    }

    // Longer "words" are URLs and identifiers, never in the lexicon.
    private const int MaxWordLength = 40;

    public static bool IsNumber(ReadOnlySpan<char> word)
    {
        foreach (var c in word)
        {
            if (!char.IsDigit(c))
            {
                return false;
            }
        }

        return true;
    }


    public static BlockLexicon Read(IReadOnlyList<string> lines)
    {
        var weights = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var line in lines)
        {
            var parts = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            weights[parts[0]] = double.Parse(parts[1], CultureInfo.InvariantCulture);
        }

        return new BlockLexicon(weights.ToFrozenDictionary(StringComparer.Ordinal));
    }

    public IEnumerable<string> Write() =>
        weights.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => $"{p.Key} {p.Value.ToString("0.###", CultureInfo.InvariantCulture)}");
}
