using Reader.Ingest.Text;

namespace Reader.Ingest.Rules;

/// <summary>
/// Runs of kept bullet lines, blank lines between them allowed, with the indented continuation lines
/// a dump wraps long entries onto ("• History of … Program" / "    (Japanese language)").
/// </summary>
public sealed record BulletRun(IReadOnlyList<int> Indexes)
{
    public int Start => Indexes[0];

    public int End => Indexes[^1];

    /// <summary>Each entry's text, continuation lines joined on.</summary>
    public IReadOnlyList<string> Items(TextDocument document)
    {
        var items = new List<string>();
        foreach (var i in Indexes)
        {
            var line = document.Lines[i];
            if (line.IsBullet || items.Count == 0)
            {
                items.Add(line.Content);
            }
            else
            {
                items[^1] += " " + line.Content;
            }
        }

        return items;
    }

    public static IReadOnlyList<BulletRun> Find(TextDocument document, int from = 0)
    {
        var runs = new List<BulletRun>();
        var current = new List<int>();
        var lastBulletIndent = -1;
        var previous = -1;
        foreach (var i in document.KeptIndexes(from))
        {
            var line = document.Lines[i];
            var adjacent = previous >= 0 && AllBlankBetween(document, previous, i);
            if (line.IsBullet && (current.Count == 0 || adjacent))
            {
                current.Add(i);
                lastBulletIndent = line.Indent;
            }
            else if (!line.IsBullet && current.Count > 0 && previous == i - 1 && line.Indent > lastBulletIndent)
            {
                current.Add(i);
            }
            else
            {
                Close();
                if (line.IsBullet)
                {
                    current.Add(i);
                    lastBulletIndent = line.Indent;
                }
            }

            previous = i;
        }

        Close();
        return runs;

        void Close()
        {
            if (current.Count > 0)
            {
                runs.Add(new BulletRun([.. current]));
                current = [];
            }
        }
    }

    // Removed lines between bullets end a run: what was cut there was not part of the list.
    private static bool AllBlankBetween(TextDocument document, int from, int to)
    {
        for (var i = from + 1; i < to; i++)
        {
            if (!document.Lines[i].IsBlank)
            {
                return false;
            }
        }

        return true;
    }
}
