namespace Reader.Ingest.Blocks;

/// <summary>
/// The second look at a page's blocks: each block's first-pass probability beside its neighbours' and the page's.
/// jusText revises uncertain paragraphs from their neighbours by hand-set rules; here the revision is learned too,
/// from these features, so a short heading between two article paragraphs stays, and a lone good-looking teaser
/// far below the article goes.
/// </summary>
public static class BlockContext
{
    // A block at or above this first-pass probability marks where the article surely is.
    private const double Confident = 0.7;

    // How many blocks on each side a block looks at for article text around it.
    private const int Reach = 3;

    public static IReadOnlyList<string> Names { get; } =
    [
        "p", "p_prev", "p_next", "p_prev2", "p_next2", "p_adjacent_max", "p_adjacent_min", "in_confident_span",
        "outside_confident_span", "page_p_max", "page_p_mean", "between_article", "p_max_before", "p_max_after",
    ];

    /// <summary>The context features of every block, in the order of <see cref="Names"/>.</summary>
    public static double[][] Compute(IReadOnlyList<double> p)
    {
        var n = p.Count;
        var first = -1;
        var last = -1;
        double max = 0;
        double sum = 0;
        for (var j = 0; j < n; j++)
        {
            max = Math.Max(max, p[j]);
            sum += p[j];
            if (p[j] >= Confident)
            {
                first = first < 0 ? j : first;
                last = j;
            }
        }

        var maxBefore = new double[n];
        var maxAfter = new double[n];
        for (var j = 1; j < n; j++)
        {
            maxBefore[j] = Math.Max(maxBefore[j - 1], p[j - 1]);
        }

        for (var j = n - 2; j >= 0; j--)
        {
            maxAfter[j] = Math.Max(maxAfter[j + 1], p[j + 1]);
        }

        var rows = new double[n][];
        for (var j = 0; j < n; j++)
        {
            var inside = first >= 0 && j >= first && j <= last;
            var distance = first < 0 ? n : inside ? 0 : j < first ? first - j : j - last;
            var near = Math.Min(Window(p, j - Reach, j - 1), Window(p, j + 1, j + Reach));
            rows[j] =
            [
                p[j], At(p, j - 1), At(p, j + 1), At(p, j - 2), At(p, j + 2),
                Math.Max(At(p, j - 1), At(p, j + 1)), Math.Min(At(p, j - 1), At(p, j + 1)),
                inside ? 1 : 0, Math.Log(1 + distance), max, n == 0 ? 0 : sum / n, near, maxBefore[j], maxAfter[j],
            ];
        }

        return rows;
    }

    private static double At(IReadOnlyList<double> p, int j) => j >= 0 && j < p.Count ? p[j] : 0;

    private static double Window(IReadOnlyList<double> p, int from, int to)
    {
        double max = 0;
        for (var j = Math.Max(0, from); j <= to && j < p.Count; j++)
        {
            max = Math.Max(max, p[j]);
        }

        return max;
    }
}
