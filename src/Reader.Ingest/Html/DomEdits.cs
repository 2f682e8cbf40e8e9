using AngleSharp.Dom;

namespace Reader.Ingest.Html;

/// <summary>
/// Removals from a page that can be undone: the heuristics judge the page by removing what they take for chrome, and
/// their verdicts are read off the page before it is put back as it was, cheaper than running them on a copy.
/// </summary>
public sealed class DomEdits
{
    private readonly List<(INode Node, INode Parent, INode? Next)> _removed = [];

    public void Remove(INode node)
    {
        if (node.Parent is not { } parent)
        {
            return;
        }

        _removed.Add((node, parent, node.NextSibling));
        parent.RemoveChild(node);
    }

    /// <summary>Puts every removed node back where it was, last removed first, so each finds its place as it left it.</summary>
    public void Undo()
    {
        for (var i = _removed.Count - 1; i >= 0; i--)
        {
            var (node, parent, next) = _removed[i];
            parent.InsertBefore(node, next);
        }

        _removed.Clear();
    }
}
