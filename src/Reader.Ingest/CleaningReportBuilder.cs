using Reader.Ingest.Text;

namespace Reader.Ingest;

/// <summary>Counts what the rules kept and removed, per rule in pipeline order, with a few sample lines each.</summary>
public static class CleaningReportBuilder
{
    private const int SampleCount = 3;
    private const int SampleLength = 80;

    public static CleaningReport Build(TextDocument document, IReadOnlyList<string> warnings)
    {
        // Blank lines carry nothing; counting them would only blur the picture.
        var lines = document.Lines.Where(l => !l.IsBlank).ToList();
        var kept = lines.Where(l => l.IsKept).ToList();
        var order = CleaningPipeline.Rules.Select(r => r.Name).ToList();
        var removals = lines.Where(l => !l.IsKept)
            .GroupBy(l => l.RemovedBy!)
            .OrderBy(g => order.IndexOf(g.Key) is var i and >= 0 ? i : int.MaxValue)
            .Select(g => new RuleRemoval(g.Key, g.Count(), g.Sum(l => l.Content.Length), [.. g.Take(SampleCount).Select(l => Shorten(l.Content))]))
            .ToList();
        return new CleaningReport(
            kept.Count,
            lines.Count - kept.Count,
            kept.Sum(l => l.Content.Length),
            lines.Where(l => !l.IsKept).Sum(l => l.Content.Length),
            removals,
            warnings);
    }

    private static string Shorten(string text) => text.Length <= SampleLength ? text : text[..(SampleLength - 1)] + "…";
}
