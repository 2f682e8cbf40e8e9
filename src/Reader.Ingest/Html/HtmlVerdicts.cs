using AngleSharp.Dom;

namespace Reader.Ingest.Html;

/// <summary>
/// What the Readability-style heuristics make of each block: removed as chrome before the body is looked for
/// (<see cref="BoilerplateRemover"/>), inside the located body (<see cref="ContentLocator"/>), and still there after
/// pruning (<see cref="ContentPruner"/>). They run on a copy of the page; the block classifier weighs their verdicts.
/// </summary>
public sealed record HtmlVerdicts(bool[] RemovedAsChrome, bool[] InLocatedBody, bool[] Kept)
{
    public static HtmlVerdicts Of(IElement body, int blockCount, HtmlCleaningOptions options)
    {
        var copy = (IElement)body.Clone(deep: true);
        var owners = HtmlBlocks.Collect(copy).Select(b => b.Owner).ToArray();
        if (owners.Length != blockCount)
        {
            throw new InvalidOperationException($"the copy of the page has {owners.Length} blocks, the page {blockCount}");
        }

        var hints = ClassHints.Default;
        if (options.UseBoilerplateSelectors)
        {
            BoilerplateRemover.Default.Remove(copy, TextMeasure.Length(copy));
        }

        var removed = owners.Select(o => !copy.Contains(o)).ToArray();
        var roots = new ContentLocator(new BlockScorer(hints, options.UseClassHints), options).Locate(copy);
        var located = owners.Select(o => roots.Any(r => r.Contains(o))).ToArray();
        var pruner = new ContentPruner(hints, options);
        foreach (var root in roots)
        {
            pruner.Prune(root);
        }

        var kept = owners.Select(o => copy.Contains(o) && roots.Any(r => r.Contains(o))).ToArray();
        return new HtmlVerdicts(removed, located, kept);
    }
}
