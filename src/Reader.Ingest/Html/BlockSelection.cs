using AngleSharp.Dom;

namespace Reader.Ingest.Html;

/// <summary>
/// Leaves in the page only the blocks the classifier kept, with the elements that hold them: dropped blocks' text
/// and inline elements go, then every element that holds no kept block, save pictures among kept text.
/// </summary>
public static class BlockSelection
{
    public static void Apply(IElement body, IReadOnlyList<HtmlBlock> blocks, bool[] keep)
    {
        var needed = new HashSet<IElement>();
        var keptNodes = new HashSet<INode>();
        for (var j = 0; j < blocks.Count; j++)
        {
            if (!keep[j])
            {
                continue;
            }

            keptNodes.UnionWith(blocks[j].Nodes);
            for (var e = blocks[j].Owner; e is not null && needed.Add(e) && e != body; e = e.ParentElement)
            {
            }
        }

        for (var j = 0; j < blocks.Count; j++)
        {
            if (!keep[j])
            {
                foreach (var node in blocks[j].Nodes)
                {
                    node.Parent?.RemoveChild(node);
                }
            }
        }

        Prune(body, needed, keptNodes);
    }

    /// <summary>
    /// A data table is judged whole: the cells of one table are kept together when most of its text was kept, so a
    /// table never loses single cells.
    /// </summary>
    public static void JudgeTablesWhole(IReadOnlyList<HtmlBlock> blocks, bool[] keep)
    {
        foreach (var table in blocks.Select((b, j) => (Table: DataTable(b.Owner), j)).Where(p => p.Table is not null).GroupBy(p => p.Table!))
        {
            var kept = table.Where(p => keep[p.j]).Sum(p => blocks[p.j].Text.Length);
            var all = table.Sum(p => blocks[p.j].Text.Length);
            var verdict = kept * 2 >= all;
            foreach (var (_, j) in table)
            {
                keep[j] = verdict;
            }
        }
    }

    private static IElement? DataTable(IElement owner)
    {
        var table = owner.Closest("table");
        return table is not null && table.QuerySelector("table, p, div, ul, ol, h1, h2, h3, h4, h5, h6") is null ? table : null;
    }

    private static void Prune(IElement element, HashSet<IElement> needed, HashSet<INode> keptNodes)
    {
        foreach (var child in element.ChildNodes.OfType<IElement>().ToList())
        {
            if (needed.Contains(child))
            {
                Prune(child, needed, keptNodes);
            }
            else if (!keptNodes.Contains(child) && !IsPicture(child))
            {
                child.Remove();
            }
        }
    }

    private static bool IsPicture(IElement element) =>
        element.LocalName is "img" or "picture" or "figure" or "hr" or "br" || (element.TextContent.Trim().Length == 0 && element.QuerySelector("img") is not null);
}
