using AngleSharp.Dom;
using Reader.Ingest.Data;

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

        var kept = Enumerable.Range(0, blocks.Count).Where(j => keep[j]).ToArray();
        (INode First, INode Last)? span = kept.Length == 0 ? null : (blocks[kept[0]].Nodes[0], blocks[kept[^1]].Nodes[^1]);
        Prune(body, needed, keptNodes, span);
    }

    /// <summary>
    /// A data table is judged whole: the cells of one table are kept together when most of its text was kept, so a
    /// table never loses single cells.
    /// </summary>
    public static void JudgeTablesWhole(IReadOnlyList<HtmlBlock> blocks, bool[] keep)
    {
        var isData = new Dictionary<IElement, bool>();
        foreach (var table in blocks.Select((b, j) => (Table: DataTable(b.Owner, isData), j)).Where(p => p.Table is not null).GroupBy(p => p.Table!))
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

    /// <summary>
    /// A footnote list (<see cref="FootnoteList"/>: items with note ids, written by the page's own notes system) is
    /// the article's notes wherever the classifier put it: chrome has no footnotes. Its blocks and the heading over it
    /// are kept when any of the article is.
    /// </summary>
    public static void KeepNotes(IElement body, IReadOnlyList<HtmlBlock> blocks, bool[] keep)
    {
        if (!keep.Any(k => k))
        {
            return;
        }

        foreach (var list in body.QuerySelectorAll("ol, ul").Where(FootnoteList.IsFootnoteList))
        {
            var first = -1;
            for (var j = 0; j < blocks.Count; j++)
            {
                if (Within(blocks[j].Owner, list))
                {
                    first = first < 0 ? j : first;
                    keep[j] = true;
                }
            }

            if (first > 0 && blocks[first - 1].Owner.LocalName is "h2" or "h3" or "h4" or "h5" or "h6")
            {
                keep[first - 1] = true;
            }
        }
    }

    /// <summary>A heading naming a part of the article ("Summary", "Introduction") belongs to the kept text below it.</summary>
    public static void KeepSectionHeadings(IReadOnlyList<HtmlBlock> blocks, bool[] keep)
    {
        for (var j = 0; j + 1 < blocks.Count; j++)
        {
            keep[j] |= keep[j + 1] && blocks[j].Owner.LocalName is "h2" or "h3" or "h4" or "h5" or "h6" && Phrases.SectionHeadings.Matches(blocks[j].Text);
        }
    }

    private static bool Within(IElement element, IElement container)
    {
        for (var e = element; e is not null; e = e.ParentElement)
        {
            if (e == container)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The table a block stands in when it is a data table (no blocks or tables of its own), judged once per table.</summary>
    private static IElement? DataTable(IElement owner, Dictionary<IElement, bool> isData)
    {
        var table = owner;
        while (table is not null && table.LocalName != "table")
        {
            table = table.ParentElement;
        }

        if (table is null)
        {
            return null;
        }

        if (!isData.TryGetValue(table, out var data))
        {
            isData[table] = data = table.QuerySelector("table, p, div, ul, ol, h1, h2, h3, h4, h5, h6") is null;
        }

        return data ? table : null;
    }

    private static void Prune(IElement element, HashSet<IElement> needed, HashSet<INode> keptNodes, (INode First, INode Last)? span)
    {
        foreach (var child in element.ChildNodes.OfType<IElement>().ToList())
        {
            if (needed.Contains(child))
            {
                Prune(child, needed, keptNodes, span);
            }
            else if (!keptNodes.Contains(child) && !IsArticlePicture(child, span))
            {
                child.Remove();
            }
        }
    }

    /// <summary>
    /// A picture or rule with no text that stands among the kept text, between its first and last block, and is not a
    /// link to elsewhere: a teaser card's thumbnail loses its headline to the classifier and must not stay alone.
    /// </summary>
    private static bool IsArticlePicture(IElement element, (INode First, INode Last)? span)
    {
        var isPicture = element.LocalName is "img" or "picture" or "figure" or "hr"
            || (element.TextContent.Trim().Length == 0 && element.QuerySelector("img") is not null && element.QuerySelector("a[href]") is null);
        return isPicture && span is { } s && element.Closest("a[href]") is null
            && s.First.CompareDocumentPosition(element).HasFlag(DocumentPositions.Following)
            && element.CompareDocumentPosition(s.Last).HasFlag(DocumentPositions.Following);
    }
}
