namespace Reader.Content;

/// <summary>
/// Finds what a mistyped name was probably meant to be: the known name at the smallest edit distance, counting a
/// swap of two neighbouring letters as one edit ("themse" → "themes"), ignoring case, '-' and '_'. A name too far
/// from every known one gets no suggestion rather than a wrong one.
/// </summary>
public static class NearestName
{
    public static string? Find(string typed, IEnumerable<string> known)
    {
        var folded = Fold(typed);
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var candidate in known)
        {
            var distance = Distance(folded, Fold(candidate));
            if (distance < bestDistance)
            {
                (best, bestDistance) = (candidate, distance);
            }
        }

        return best is not null && bestDistance <= Allowed(Math.Min(folded.Length, Fold(best).Length)) ? best : null;
    }

    /// <summary>"did you mean 'x'?" when there is a near name, else null.</summary>
    public static string? Hint(string typed, IEnumerable<string> known, string quote = "'") =>
        Find(typed, known) is { } near ? $"did you mean {quote}{near}{quote}?" : null;

    // One edit in a short word, two in a longer one, three in a long one: a plural, a swapped pair, a missing letter.
    private static int Allowed(int length) => length switch
    {
        < 3 => 0,
        < 5 => 1,
        < 10 => 2,
        _ => 3,
    };

    private static string Fold(string name) =>
        string.Concat(name.Where(c => c is not ('-' or '_'))).ToLowerInvariant();

    /// <summary>The optimal string alignment distance: insertions, deletions, substitutions and neighbour swaps.</summary>
    public static int Distance(string a, string b)
    {
        var rows = new int[3, b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            rows[1, j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            int current = (i + 1) % 3, previous = i % 3, before = (i + 2) % 3;
            rows[current, 0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                var best = Math.Min(Math.Min(rows[previous, j] + 1, rows[current, j - 1] + 1), rows[previous, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    best = Math.Min(best, rows[before, j - 2] + 1);
                }

                rows[current, j] = best;
            }
        }

        return rows[(a.Length + 1) % 3, b.Length];
    }
}
