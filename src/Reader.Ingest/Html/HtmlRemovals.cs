namespace Reader.Ingest.Html;

/// <summary>
/// What cleaning took out of an HTML page, for the ingest report: the dropped blocks grouped by why, so a maintainer
/// sees the chrome the heuristics recognised apart from what only the classifier judged not to be the article.
/// </summary>
public static class HtmlRemovals
{
    public const string Hidden = "HiddenElements";
    public const string Chrome = "RemoveChromeElements";
    public const string Outside = "OutsideArticleBody";
    public const string Pruned = "PruneInsideArticleBody";
    public const string Classifier = "BlockClassifier";

    private const int SampleCount = 3;
    private const int SampleLength = 80;

    public static IReadOnlyList<RuleRemoval> Of(IReadOnlyList<HtmlBlock> blocks, bool[] keep, HtmlVerdicts verdicts, bool[] hidden)
    {
        var order = new[] { Hidden, Chrome, Outside, Pruned, Classifier };
        return [.. blocks.Select((block, j) => (block, j))
            .Where(p => !keep[p.j])
            .GroupBy(p => Reason(p.j, verdicts, hidden))
            .OrderBy(g => Array.IndexOf(order, g.Key))
            .Select(g => new RuleRemoval(g.Key, g.Count(), g.Sum(p => p.block.Text.Length), [.. g.Take(SampleCount).Select(p => Shorten(p.block.Text))]))];
    }

    private static string Reason(int j, HtmlVerdicts verdicts, bool[] hidden) =>
        hidden[j] ? Hidden
        : verdicts.RemovedAsChrome[j] ? Chrome
        : !verdicts.InLocatedBody[j] ? Outside
        : !verdicts.Kept[j] ? Pruned
        : Classifier;

    private static string Shorten(string text) => text.Length <= SampleLength ? text : text[..(SampleLength - 1)] + "…";
}
