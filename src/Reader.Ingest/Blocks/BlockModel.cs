using System.Globalization;
using Reader.Ingest.Data;

namespace Reader.Ingest.Blocks;

/// <summary>
/// A logistic regression over named block features: the probability that a block belongs to the article. The weights
/// are data (<c>Data/*-block-model.txt</c>), written by <c>tools/Reader.Train</c> from the real-page development set,
/// so a retrain is a diff of numbers, and a reader can see which feature pushes a block which way.
/// </summary>
public sealed class BlockModel
{
    private readonly double[] _weights;

    public BlockModel(IReadOnlyList<string> features, double[] weights, double bias)
    {
        if (features.Count != weights.Length)
        {
            throw new ArgumentException($"{features.Count} features but {weights.Length} weights", nameof(weights));
        }

        Features = features;
        _weights = weights;
        Bias = bias;
    }

    public IReadOnlyList<string> Features { get; }

    public double Bias { get; }

    public IReadOnlyList<double> Weights => _weights;

    public double Probability(ReadOnlySpan<double> features)
    {
        var z = Bias;
        for (var i = 0; i < _weights.Length; i++)
        {
            z += _weights[i] * features[i];
        }

        return 1 / (1 + Math.Exp(-z));
    }

    /// <summary>
    /// Reads one section of a model file: <c>[name]</c>, then <c>bias</c> and one <c>feature weight</c> line per
    /// feature. The file must name exactly <paramref name="expected"/>, so a feature added in code without a retrain
    /// is an error at start-up rather than a silently ignored weight.
    /// </summary>
    public static BlockModel Read(IReadOnlyList<string> lines, string section, IReadOnlyList<string> expected)
    {
        var weights = new Dictionary<string, double>(StringComparer.Ordinal);
        double? bias = null;
        var inSection = false;
        foreach (var line in lines)
        {
            if (line.StartsWith('['))
            {
                inSection = line == $"[{section}]";
                continue;
            }

            if (!inSection)
            {
                continue;
            }

            var parts = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var value = double.Parse(parts[1], CultureInfo.InvariantCulture);
            if (parts[0] == "bias")
            {
                bias = value;
            }
            else
            {
                weights[parts[0]] = value;
            }
        }

        var missing = expected.Where(f => !weights.ContainsKey(f)).ToList();
        var unknown = weights.Keys.Where(f => !expected.Contains(f)).ToList();
        if (bias is null || missing.Count > 0 || unknown.Count > 0)
        {
            throw new InvalidOperationException(
                $"block model section [{section}] does not match the code's features (missing: {string.Join(", ", missing)}; unknown: {string.Join(", ", unknown)}); retrain with tools/Reader.Train");
        }

        return new BlockModel(expected, [.. expected.Select(f => weights[f])], bias.Value);
    }

    /// <summary>The section as the model file writes it, weights in the order of the features.</summary>
    public IEnumerable<string> Write(string section)
    {
        yield return $"[{section}]";
        yield return $"bias {Format(Bias)}";
        for (var i = 0; i < Features.Count; i++)
        {
            yield return $"{Features[i]} {Format(_weights[i])}";
        }
    }

    private static string Format(double value) => value.ToString("0.######", CultureInfo.InvariantCulture);

    /// <summary>Loads the non-comment lines of an embedded model file.</summary>
    public static IReadOnlyList<string> Lines(string fileName) => PhraseList.ReadLines(fileName);
}
