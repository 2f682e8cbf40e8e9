namespace Reader.Ingest.Text;

/// <summary>
/// Cuts a dump into the blocks the block classifier judges: runs of non-blank lines, split where a list starts or ends
/// (a menu glued to a paragraph is two blocks) and at separator rows. Lines a certain rule removed (a known phrase, a
/// byline or date taken into the front matter) are decided already and split blocks like blank lines; what other
/// rules said of a line is one of the block's features.
/// </summary>
public static class DumpSegmenter
{
    public static IReadOnlyList<TextBlock> Segment(TextDocument document, Func<string, bool> isCertain)
    {
        var lines = document.Lines;
        var blocks = new List<TextBlock>();
        var start = -1;
        var bulleted = false;
        for (var i = 0; i <= lines.Count; i++)
        {
            var line = i < lines.Count ? lines[i] : null;
            var ends = line is null || line.IsBlank || line.IsSeparator || (line.RemovedBy is { } rule && isCertain(rule));

            // An indented line under a bullet continues its entry; any other change between list and text cuts.
            var cuts = !ends && start >= 0 && line!.IsBullet != bulleted && !(bulleted && line.Indent > 0);
            if ((ends || cuts) && start >= 0)
            {
                blocks.Add(new TextBlock(start, i - 1, [.. lines.Skip(start).Take(i - start)]));
                start = -1;
            }

            if (!ends && start < 0)
            {
                start = i;
                bulleted = line!.IsBullet;
            }
        }

        return blocks;
    }
}
