using AngleSharp.Dom;

namespace Reader.Ingest.Html;

/// <summary>Writes an HTML table as a GitHub pipe table: the first row (or the <c>thead</c>) is the header.</summary>
public static class MarkdownTable
{
    public static string? Write(IElement table, Func<IElement, string> cellText)
    {
        var rows = table.QuerySelectorAll("tr")
            .Where(r => r.Closest("table") == table)
            .Select(r => r.Children.Where(c => c.LocalName is "td" or "th").Select(c => Cell(cellText(c))).ToList())
            .Where(r => r.Count > 0)
            .ToList();
        if (rows.Count == 0)
        {
            return null;
        }

        var width = rows.Max(r => r.Count);
        var lines = new List<string>();
        for (var i = 0; i < rows.Count; i++)
        {
            var cells = rows[i].Concat(Enumerable.Repeat("", width - rows[i].Count));
            lines.Add("| " + string.Join(" | ", cells) + " |");
            if (i == 0)
            {
                lines.Add("|" + string.Concat(Enumerable.Repeat(" --- |", width)));
            }
        }

        return string.Join('\n', lines);
    }

    // A cell is one line in a pipe table; a pipe inside it would open a new column.
    private static string Cell(string markdown) =>
        markdown.Replace("\n", " ", StringComparison.Ordinal).Replace("|", "\\|", StringComparison.Ordinal).Trim();
}
