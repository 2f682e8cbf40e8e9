using System.Text.RegularExpressions;

namespace Reader.Site.Tests.Support;

/// <summary>
/// Verify-style golden files: the output is compared with <c>Goldens/&lt;name&gt;.verified.html</c>; on a
/// mismatch it is written next to it as <c>.received.html</c> (git-ignored) and the first differing lines are shown.
/// To accept a change, review the diff and copy the received file over the verified one.
/// </summary>
public static partial class Golden
{
    public static void Verify(string name, string html)
    {
        var received = Normalise(html);
        var verifiedPath = Path.Combine(RepoPaths.Goldens, name + ".verified.html");
        var receivedPath = Path.Combine(RepoPaths.Goldens, name + ".received.html");
        var verified = File.Exists(verifiedPath) ? File.ReadAllText(verifiedPath).ReplaceLineEndings("\n") : "";
        if (verified == received)
        {
            File.Delete(receivedPath);
            return;
        }

        File.WriteAllText(receivedPath, received);
        Assert.Fail($"{name} differs from its golden file; see {receivedPath}\n{Diff(verified, received)}");
    }

    /// <summary>Whitespace between tags carries no meaning in these pages; one tag per line keeps diffs readable.</summary>
    public static string Normalise(string html) => BetweenTags().Replace(html.ReplaceLineEndings("\n"), ">\n<").Trim() + "\n";

    private static string Diff(string expected, string actual)
    {
        var a = expected.Split('\n');
        var b = actual.Split('\n');
        var lines = new List<string>();
        for (var i = 0; i < Math.Max(a.Length, b.Length) && lines.Count < 20; i++)
        {
            var left = i < a.Length ? a[i] : "<missing>";
            var right = i < b.Length ? b[i] : "<missing>";
            if (left != right)
            {
                lines.Add($"line {i + 1}:\n- {left}\n+ {right}");
            }
        }

        return string.Join('\n', lines);
    }

    [GeneratedRegex(@">\s+<")]
    private static partial Regex BetweenTags();
}
