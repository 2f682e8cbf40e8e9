using System.Text.Json;
using System.Text.RegularExpressions;

namespace Reader.Train;

/// <summary>
/// The development set's marked passages (<c>truth.json</c>): a few that belong to each page's article ("with") and a
/// few of its boilerplate ("without"). A block is labelled by the passages it holds, and a page's output is scored as
/// <c>score.py</c> scores it: a passage counts when it stands verbatim, white space collapsed, in the output.
/// </summary>
internal sealed partial class Truth(Dictionary<string, (string[] With, string[] Without)> passages)
{
    public IReadOnlyCollection<string> Ids => passages.Keys;

    public static Truth Load(string path)
    {
        var json = JsonDocument.Parse(File.ReadAllText(path));
        var passages = new Dictionary<string, (string[], string[])>(StringComparer.Ordinal);
        foreach (var page in json.RootElement.EnumerateObject())
        {
            passages[page.Name] = (Read(page.Value, "with"), Read(page.Value, "without"));
        }

        return new Truth(passages);

        static string[] Read(JsonElement page, string key) => [.. page.GetProperty(key).EnumerateArray().Select(e => Collapse(e.GetString() ?? ""))];
    }

    public static string Collapse(string text) => Space().Replace(text, " ").Trim();

    /// <summary>
    /// 1 for a block holding article passages only, 0 for boilerplate passages only, else null. A passage found in more
    /// than <see cref="MaxBlocksPerPassage"/> blocks ("LG Staufen" in every row of a results table) labels none of them:
    /// it says nothing about which one is meant, and would count one page many times over.
    /// </summary>
    public int?[] Label(string id, string[] texts)
    {
        var (with, without) = passages[id];
        var collapsed = texts.Select(Collapse).ToArray();
        var article = Distinctive(with, collapsed);
        var boilerplate = Distinctive(without, collapsed);
        return [.. collapsed.Select(t =>
        {
            var isArticle = article.Any(p => t.Contains(p, StringComparison.Ordinal));
            var isBoilerplate = boilerplate.Any(p => t.Contains(p, StringComparison.Ordinal));
            return isArticle == isBoilerplate ? (int?)null : isArticle ? 1 : 0;
        })];

        static string[] Distinctive(string[] passages, string[] texts) =>
            [.. passages.Where(p => texts.Count(t => t.Contains(p, StringComparison.Ordinal)) <= MaxBlocksPerPassage)];
    }

    private const int MaxBlocksPerPassage = 2;

    /// <summary>Counts of article passages kept and lost and boilerplate passages kept, over the given outputs.</summary>
    public (int Kept, int Lost, int Boilerplate) Count(IReadOnlyDictionary<string, string> outputs)
    {
        var (tp, fn, fp) = (0, 0, 0);
        foreach (var (id, (with, without)) in passages)
        {
            var output = outputs.TryGetValue(id, out var text) ? Collapse(text) : "";
            foreach (var passage in with)
            {
                if (output.Length > 0 && output.Contains(passage, StringComparison.Ordinal))
                {
                    tp++;
                }
                else
                {
                    fn++;
                }
            }

            fp += without.Count(p => output.Length > 0 && output.Contains(p, StringComparison.Ordinal));
        }

        return (tp, fn, fp);
    }

    public static double F1((int Kept, int Lost, int Boilerplate) c) => 2.0 * c.Kept / ((2.0 * c.Kept) + c.Boilerplate + c.Lost);

    [GeneratedRegex(@"\s+")]
    private static partial Regex Space();
}
