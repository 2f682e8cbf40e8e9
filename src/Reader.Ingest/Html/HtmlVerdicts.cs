using AngleSharp.Dom;

namespace Reader.Ingest.Html;

/// <summary>
/// What the Readability-style heuristics make of each block: removed as chrome before the body is looked for
/// (<see cref="BoilerplateRemover"/>), inside the located body (<see cref="ContentLocator"/>), and still there after
/// pruning (<see cref="ContentPruner"/>). They run on a copy of the page; the block classifier weighs their verdicts.
/// </summary>
public sealed record HtmlVerdicts(bool[] RemovedAsChrome, bool[] InLocatedBody, bool[] Kept)
{
    public static HtmlVerdicts Of(IElement body, IReadOnlyList<HtmlBlock> blocks, CleaningOptions options)
    {
        var copy = (IElement)body.Clone(deep: true);
        var owners = InCopy(body, copy, blocks);

        var hints = ClassHints.Default;
        if (options.UseBoilerplateSelectors)
        {
            BoilerplateRemover.Default.Remove(copy, TextMeasure.Length(copy));
        }

        var page = new HashSet<IElement> { copy };
        var removed = owners.Select(o => !Under(o, page)).ToArray();
        var roots = new ContentLocator(new BlockScorer(hints, options.UseClassHints), options).Locate(copy).ToHashSet();
        var located = owners.Select(o => Under(o, roots)).ToArray();
        var pruner = new ContentPruner(hints, options);
        foreach (var root in roots)
        {
            pruner.Prune(root);
        }

        var kept = owners.Select(o => Under(o, page) && Under(o, roots)).ToArray();
        return new HtmlVerdicts(removed, located, kept);
    }

    /// <summary>Each block's owner in the copy: the element at the same place in document order.</summary>
    private static IElement[] InCopy(IElement body, IElement copy, IReadOnlyList<HtmlBlock> blocks)
    {
        var index = new Dictionary<IElement, int>();
        var order = 0;
        foreach (var element in InOrder(body))
        {
            index[element] = order++;
        }

        var copied = InOrder(copy).ToArray();
        return [.. blocks.Select(b => copied[index[b.Owner]])];
    }

    private static IEnumerable<IElement> InOrder(IElement root)
    {
        var stack = new Stack<IElement>();
        stack.Push(root);
        while (stack.Count > 0)
        {
            var element = stack.Pop();
            yield return element;

            // Child nodes, not Children: AngleSharp's element collection is a filtered view, slow to index.
            var children = element.ChildNodes;
            for (var i = children.Length - 1; i >= 0; i--)
            {
                if (children[i] is IElement child)
                {
                    stack.Push(child);
                }
            }
        }
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
