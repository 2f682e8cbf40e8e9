namespace Reader.Ingest.Text;

/// <summary>A run of consecutive kept, non-blank lines: a paragraph, a list or a group of short lines.</summary>
/// <param name="Start">Index of the first line in <see cref="TextDocument.Lines"/>.</param>
/// <param name="End">Index of the last line, inclusive.</param>
public sealed record TextBlock(int Start, int End, IReadOnlyList<TextLine> Lines)
{
    /// <summary>The lines joined with single spaces, as a hard-wrapped dump paragraph reads.</summary>
    public string Text => string.Join(' ', Lines.Select(l => l.Content));

    public bool StartsWithBullet => Lines[0].IsBullet;

    /// <summary>Running prose: what an article body is made of, as opposed to menus, labels and buttons.</summary>
    public bool IsProse => !StartsWithBullet && !Lines[0].IsSeparator && LineShape.IsProse(Text);
}
