namespace Reader.Ingest.Blocks;

/// <summary>
/// Decides which of a page's blocks are article text: a first pass over each block's own features, then a second
/// over those features with the first pass's verdicts on its neighbours (<see cref="BlockContext"/>).
/// </summary>
public sealed class BlockClassifier(BoostedTrees first, BoostedTrees second, BlockLexicon lexicon, BlockLexicon classLexicon, double threshold)
{
    public BoostedTrees First => first;

    public BoostedTrees Second => second;

    /// <summary>The words whose weights fill the lexicon features of the first pass.</summary>
    public BlockLexicon Lexicon => lexicon;

    /// <summary>The class and id words whose weights fill the class lexicon features (HTML; empty for text dumps).</summary>
    public BlockLexicon ClassLexicon => classLexicon;

    /// <summary>A block at or above this probability is kept.</summary>
    public double Threshold => threshold;

    /// <summary>Each block's probability of being article text after both passes.</summary>
    public double[] Probabilities(IReadOnlyList<double[]> features)
    {
        var firstPass = new double[features.Count];
        for (var j = 0; j < features.Count; j++)
        {
            firstPass[j] = first.Probability(features[j]);
        }

        var context = BlockContext.Compute(firstPass);
        var result = new double[features.Count];
        var row = new double[second.Features.Count];
        for (var j = 0; j < features.Count; j++)
        {
            features[j].CopyTo(row, 0);
            context[j].CopyTo(row, features[j].Length);
            result[j] = second.Probability(row);
        }

        return result;
    }

    /// <summary>Reads a model file: a <c>threshold</c> line, then the <c>[first]</c>, <c>[second]</c> and <c>[lexicon]</c> sections.</summary>
    public static BlockClassifier Read(string fileName, IReadOnlyList<string> features)
    {
        var lines = Data.PhraseList.ReadLines(fileName);
        var threshold = lines.Where(l => l.StartsWith("threshold ", StringComparison.Ordinal))
            .Select(l => double.Parse(l["threshold ".Length..], System.Globalization.CultureInfo.InvariantCulture))
            .DefaultIfEmpty(0.5)
            .First();
        return new BlockClassifier(
            BoostedTrees.Read(lines, "first", features),
            BoostedTrees.Read(lines, "second", [.. features, .. BlockContext.Names]),
            BlockLexicon.Read(Section(lines, "lexicon")),
            BlockLexicon.Read(Section(lines, "class-lexicon")),
            threshold);
    }

    public IEnumerable<string> Write() =>
    [
        $"threshold {threshold.ToString("0.###", System.Globalization.CultureInfo.InvariantCulture)}", .. first.Write("first"), .. second.Write("second"),
        "[lexicon]", .. lexicon.Write(),
        .. classLexicon.Weights.Count == 0 ? Enumerable.Empty<string>() : ["[class-lexicon]", .. classLexicon.Write()],
    ];

    private static List<string> Section(IReadOnlyList<string> lines, string name) =>
        [.. lines.SkipWhile(l => l != $"[{name}]").Skip(1).TakeWhile(l => !l.StartsWith('['))];
}
