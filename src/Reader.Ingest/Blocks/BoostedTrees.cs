using System.Globalization;

namespace Reader.Ingest.Blocks;

/// <summary>
/// Gradient-boosted decision trees over named block features: the log odds that a block belongs to the article are
/// the sum of every tree's leaf for it. Trees see how features combine ("a copyright sign inside a figure", "short,
/// but between two kept paragraphs") where a linear model sees them one by one. Each tree is data, one node a line:
/// <c>feature threshold</c> splits (below goes left), <c>leaf value</c> ends, in depth-first order.
/// </summary>
public sealed class BoostedTrees
{
    private readonly Node[][] _trees;

    public BoostedTrees(IReadOnlyList<string> features, double bias, Node[][] trees)
    {
        Features = features;
        Bias = bias;
        _trees = trees;
    }

    /// <summary>A split (<see cref="Feature"/> ≥ 0: rows below <see cref="Threshold"/> go to <see cref="Left"/>) or a leaf (<see cref="Value"/>).</summary>
    public readonly record struct Node(int Feature, double Threshold, int Left, int Right, double Value);

    public IReadOnlyList<string> Features { get; }

    public double Bias { get; }

    public int TreeCount => _trees.Length;

    public double Probability(ReadOnlySpan<double> features)
    {
        var z = Bias;
        foreach (var tree in _trees)
        {
            var at = 0;
            while (tree[at].Feature >= 0)
            {
                at = features[tree[at].Feature] < tree[at].Threshold ? tree[at].Left : tree[at].Right;
            }

            z += tree[at].Value;
        }

        return 1 / (1 + Math.Exp(-z));
    }

    /// <summary>Reads a section written by <see cref="Write"/>; a feature the code does not have is an error, not a silent zero.</summary>
    public static BoostedTrees Read(IReadOnlyList<string> lines, string section, IReadOnlyList<string> features)
    {
        var index = features.Select((f, i) => (f, i)).ToDictionary(p => p.f, p => p.i, StringComparer.Ordinal);
        var trees = new List<Node[]>();
        var current = new List<Node>();
        double? bias = null;
        foreach (var line in Section(lines, section))
        {
            var parts = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            switch (parts[0])
            {
                case "bias":
                    bias = Number(parts[1]);
                    break;
                case "tree":
                    if (current.Count > 0)
                    {
                        trees.Add(Link(current));
                    }

                    current = [];
                    break;
                case "leaf":
                    current.Add(new Node(-1, 0, 0, 0, Number(parts[1])));
                    break;
                default:
                    if (!index.TryGetValue(parts[0], out var feature))
                    {
                        throw new InvalidOperationException($"block model section [{section}] splits on '{parts[0]}', a feature the code does not compute; retrain with tools/train.sh");
                    }

                    current.Add(new Node(feature, Number(parts[1]), 0, 0, 0));
                    break;
            }
        }

        if (current.Count > 0)
        {
            trees.Add(Link(current));
        }

        if (bias is null)
        {
            throw new InvalidOperationException($"block model section [{section}] is missing or has no bias; retrain with tools/train.sh");
        }

        return new BoostedTrees(features, bias.Value, [.. trees]);
    }

    public IEnumerable<string> Write(string section)
    {
        yield return $"[{section}]";
        yield return $"bias {Format(Bias)}";
        for (var t = 0; t < _trees.Length; t++)
        {
            yield return $"tree {t + 1}";
            foreach (var line in WriteNode(_trees[t], 0, 1))
            {
                yield return line;
            }
        }
    }

    private IEnumerable<string> WriteNode(Node[] tree, int at, int depth)
    {
        var node = tree[at];
        var indent = new string(' ', depth * 2);
        if (node.Feature < 0)
        {
            yield return $"{indent}leaf {Format(node.Value)}";
            yield break;
        }

        yield return $"{indent}{Features[node.Feature]} {Format(node.Threshold)}";
        foreach (var line in WriteNode(tree, node.Left, depth + 1).Concat(WriteNode(tree, node.Right, depth + 1)))
        {
            yield return line;
        }
    }

    /// <summary>Sets each split's children from the depth-first order the nodes were written in.</summary>
    private static Node[] Link(List<Node> nodes)
    {
        var linked = nodes.ToArray();
        var next = 0;
        Walk();
        return linked;

        int Walk()
        {
            var at = next++;
            if (linked[at].Feature >= 0)
            {
                var left = Walk();
                var right = Walk();
                linked[at] = linked[at] with { Left = left, Right = right };
            }

            return at;
        }
    }

    private static IEnumerable<string> Section(IReadOnlyList<string> lines, string name) =>
        lines.SkipWhile(l => l != $"[{name}]").Skip(1).TakeWhile(l => !l.StartsWith('['));

    private static double Number(string text) => double.Parse(text, CultureInfo.InvariantCulture);

    private static string Format(double value) => value.ToString("0.######", CultureInfo.InvariantCulture);
}
