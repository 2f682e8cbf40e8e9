using System.Text;
using Xunit.Sdk;

namespace Reader.Ingest.Tests;

/// <summary>
/// Compares text with <c>Goldens/&lt;name&gt;.verified.md</c>. On a mismatch it writes <c>&lt;name&gt;.received.md</c>
/// beside it (git-ignored) and fails with a line diff; accept a change by renaming received to verified.
/// </summary>
public static class GoldenFile
{
    private const int Context = 2;

    public static void Verify(string name, string actual)
    {
        var verified = Path.Combine(RepoPaths.Goldens, name + ".verified.md");
        var received = Path.Combine(RepoPaths.Goldens, name + ".received.md");
        var expected = File.Exists(verified) ? File.ReadAllText(verified).ReplaceLineEndings("\n") : null;
        if (expected == actual)
        {
            File.Delete(received);
            return;
        }

        File.WriteAllText(received, actual);
        var header = expected is null ? $"{verified} does not exist yet" : $"{name}.verified.md differs from the output";
        throw new XunitException($"{header}; wrote {received}\n{Diff(expected ?? "", actual)}");
    }

    /// <summary>A unified-style diff: <c>-</c> expected, <c>+</c> actual, a little context around each change.</summary>
    public static string Diff(string expected, string actual)
    {
        var a = expected.Split('\n');
        var b = actual.Split('\n');

        // Longest common subsequence table, filled from the end.
        var lcs = new int[a.Length + 1, b.Length + 1];
        for (var i = a.Length - 1; i >= 0; i--)
        {
            for (var j = b.Length - 1; j >= 0; j--)
            {
                lcs[i, j] = a[i] == b[j] ? lcs[i + 1, j + 1] + 1 : Math.Max(lcs[i + 1, j], lcs[i, j + 1]);
            }
        }

        var lines = new List<(char Mark, int Line, string Text)>();
        int x = 0, y = 0;
        while (x < a.Length || y < b.Length)
        {
            if (x < a.Length && y < b.Length && a[x] == b[y])
            {
                lines.Add((' ', x++ + 1, b[y++]));
            }
            else if (y < b.Length && (x == a.Length || lcs[x, y + 1] > lcs[x + 1, y]))
            {
                lines.Add(('+', y + 1, b[y++]));
            }
            else
            {
                lines.Add(('-', x + 1, a[x++]));
            }
        }

        var output = new StringBuilder();
        var changed = lines.Select((l, i) => (l, i)).Where(p => p.l.Mark != ' ').Select(p => p.i).ToList();
        var lastShown = -1;
        for (var i = 0; i < lines.Count; i++)
        {
            if (changed.Any(c => Math.Abs(c - i) <= Context))
            {
                if (lastShown >= 0 && i > lastShown + 1)
                {
                    output.Append("   …\n");
                }

                output.Append($"{lines[i].Mark} {lines[i].Line,4}: {lines[i].Text}\n");
                lastShown = i;
            }
        }

        return output.ToString();
    }
}
