using AngleSharp.Dom;

namespace Reader.Ingest.Html;

/// <summary>
/// What the Readability-style heuristics make of each block: removed as chrome before the body is looked for
/// (<see cref="BoilerplateRemover"/>), inside the located body (<see cref="ContentLocator"/>), and still there after
/// pruning (<see cref="ContentPruner"/>). Their removals are undone once the verdicts are read; the block classifier
/// weighs the verdicts.
/// </summary>
public sealed record HtmlVerdicts(bool[] RemovedAsChrome, bool[] InLocatedBody, bool[] Kept)
{
    public static HtmlVerdicts Of(IElement body, IReadOnlyList<HtmlBlock> blocks, CleaningOptions options)
    {
        var owners = blocks.Select(b => b.Owner).ToArray();
        var edits = new DomEdits();
        var hints = ClassHints.Default;
        if (options.UseBoilerplateSelectors)
        {
            BoilerplateRemover.Default.Remove(body, TextMeasure.Length(body), edits);
        }

        var page = new HashSet<IElement> { body };
        var removed = owners.Select(o => !Under(o, page)).ToArray();
        var roots = new ContentLocator(new BlockScorer(hints, options.UseClassHints), options).Locate(body).ToHashSet();
        var located = owners.Select(o => Under(o, roots)).ToArray();
        var pruner = new ContentPruner(hints, options, edits);
        foreach (var root in roots)
        {
            pruner.Prune(root);
        }

        var kept = owners.Select(o => Under(o, page) && Under(o, roots)).ToArray();
        edits.Undo();
        return new HtmlVerdicts(removed, located, kept);
    }

    // By walking up from the element: AngleSharp's Contains searches the container's whole subtree, and a page of
    // thousands of blocks asked it for each one would take time growing with the square of its size.
    private static bool Under(IElement element, IReadOnlySet<IElement> containers)
    {
        for (var e = element; e is not null; e = e.ParentElement)
        {
            if (containers.Contains(e))
            {
                return true;
            }
        }

        return false;
    }
}
