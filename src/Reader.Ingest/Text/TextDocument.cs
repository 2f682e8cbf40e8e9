using Reader.Ingest.Metadata;

namespace Reader.Ingest.Text;

/// <summary>A page dump as lines, the metadata rules found in it, and where the article body starts.</summary>
public sealed class TextDocument
{
    private TextDocument(IReadOnlyList<TextLine> lines) => Lines = lines;

    public IReadOnlyList<TextLine> Lines { get; }

    public PageMetadata Metadata { get; } = new();

    /// <summary>Menu and breadcrumb entries (normalised), so labels repeating them elsewhere are known as chrome.</summary>
    public HashSet<string> NavigationTerms { get; } = new(StringComparer.Ordinal);

    /// <summary>The line the title was taken from, or -1 when the page has none.</summary>
    public int TitleIndex { get; set; } = -1;

    public static TextDocument Parse(string text)
    {
        var raw = text.ReplaceLineEndings("\n").Split('\n');
        return new TextDocument([.. raw.Select((line, i) => new TextLine(i + 1, line))]);
    }

    /// <summary>Consecutive kept non-blank lines; blank and removed lines both end a block.</summary>
    public IReadOnlyList<TextBlock> Blocks(int from = 0)
    {
        var blocks = new List<TextBlock>();
        var start = -1;
        for (var i = from; i <= Lines.Count; i++)
        {
            var open = i < Lines.Count && Lines[i].IsKept && !Lines[i].IsBlank;
            if (open && start < 0)
            {
                start = i;
            }
            else if (!open && start >= 0)
            {
                blocks.Add(new TextBlock(start, i - 1, [.. Lines.Skip(start).Take(i - start)]));
                start = -1;
            }
        }

        return blocks;
    }

    /// <summary>
    /// Index of the line where the first prose starts, or -1. Short labels glued to the top of the paragraph
    /// ("May 12, 2020" with no blank line after it) are not prose: dumps wrap prose into long lines.
    /// </summary>
    public int FirstProseIndex()
    {
        if (Blocks().FirstOrDefault(b => b.IsProse) is not { } block)
        {
            return -1;
        }

        var lead = block.Lines.TakeWhile(l => LineShape.IsShortLabel(l.Content)).Count();
        return block.Start + Math.Min(lead, block.Lines.Count - 1);
    }

    /// <summary>Index of the last line of the last prose block, or -1.</summary>
    public int LastProseIndex() => Blocks().LastOrDefault(b => b.IsProse)?.End ?? -1;

    public void Remove(int from, int to, string rule)
    {
        for (var i = Math.Max(0, from); i <= to && i < Lines.Count; i++)
        {
            if (!Lines[i].IsBlank)
            {
                Lines[i].Remove(rule);
            }
        }
    }

    public void Remove(TextBlock block, string rule) => Remove(block.Start, block.End, rule);

    /// <summary>Indexes of kept, non-blank lines in order.</summary>
    public IEnumerable<int> KeptIndexes(int from = 0, int to = int.MaxValue)
    {
        for (var i = Math.Max(0, from); i < Lines.Count && i <= to; i++)
        {
            if (Lines[i].IsKept && !Lines[i].IsBlank)
            {
                yield return i;
            }
        }
    }
}
