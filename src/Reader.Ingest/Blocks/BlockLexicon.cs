using System.Collections.Frozen;
using System.Globalization;
using Reader.Ingest.Text;

namespace Reader.Ingest.Blocks;

/// <summary>
/// Words whose presence in a block tells article text from boilerplate ("newsletter", "abonnieren", "czytaj"),
/// learned from the development set's marked passages: each word's log odds of standing in an article block rather
/// than a boilerplate one. Only words seen on several pages are kept, so a topic's words never count.
/// </summary>
public sealed class BlockLexicon(FrozenDictionary<string, double> weights)
{
    public static IReadOnlyList<string> Names { get; } = ["lexicon_min", "lexicon_mean", "lexicon_coverage"];

    public IReadOnlyDictionary<string, double> Weights => weights;

    /// <summary>The lowest and mean weight of the block's known words, and the share of its words that are known.</summary>
    public void Features(string text, Span<double> into)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        double min = 0;
        double sum = 0;
        var known = 0;
        foreach (var word in Words.Lower(text))
        {
            if (!seen.Add(word) || IsNumber(word))
            {
                continue;
            }

            if (weights.TryGetValue(word, out var weight))
            {
                min = known == 0 ? weight : Math.Min(min, weight);
                sum += weight;
                known++;
            }
        }

        into[0] = min;
        into[1] = known == 0 ? 0 : sum / known;
        into[2] = seen.Count == 0 ? 0 : (double)known / seen.Count;
    }

    public static bool IsNumber(string word) => word.All(char.IsDigit);

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
