using Reader.Ingest.Metadata;
using Reader.Ingest.Text;

namespace Reader.Ingest.Html;

/// <summary>
/// Drops the title, byline and dateline lines that open a body when a page marks them up as plain paragraphs
/// (old sites with <c>&lt;b&gt;</c> titles, "by X, July 2019"): they are front matter, and the benchmark labels leave them out.
/// </summary>
public static class LeadingMetadata
{
    private const int Reach = 3;
    private const int MaxWords = 15;

    public static string Trim(string markdown, string? title)
    {
        var blocks = markdown.Split("\n\n").ToList();
        var removed = 0;
        while (removed < Reach && blocks.Count > 1 && IsMetadata(blocks[0], title))
        {
            blocks.RemoveAt(0);
            removed++;
        }

        return removed == 0 ? markdown : string.Join("\n\n", blocks);
    }

    private static bool IsMetadata(string block, string? title)
    {
        var text = TextMeasure.Collapse(block.Replace("*", "", StringComparison.Ordinal).Replace("\\", "", StringComparison.Ordinal));
        if (text.Length == 0 || LineShape.WordCount(text) > MaxWords || text.StartsWith('!'))
        {
            return false;
        }

        return (title is not null && string.Equals(text, TextMeasure.Collapse(title), StringComparison.OrdinalIgnoreCase))
            || BylineParser.ParseBy(text).Count > 0
            || (DateParser.FindIn(text) is not null && LineShape.WordCount(text) <= 8 && !LineShape.EndsSentence(text));
    }
}
