using System.Text;
using System.Text.RegularExpressions;

namespace Reader.Ingest.Text;

/// <summary>One line of a plain-text page dump, its shape parsed out, and the verdict the rules gave it.</summary>
public sealed partial class TextLine
{
    public TextLine(int number, string raw)
    {
        Number = number;
        Raw = raw;
        var clean = Clean(raw);
        var content = clean.TrimStart();
        Indent = clean.Length - content.Length;
        IsSeparator = SeparatorPattern().IsMatch(clean);
        var bullet = IsSeparator ? Match.Empty : BulletPattern().Match(content);
        if (bullet.Success && AcceptsMarker(bullet.Groups["marker"].Value, Indent))
        {
            Bullet = bullet.Groups["marker"].Value;
            content = bullet.Groups["content"].Value;
        }

        Content = content.Trim();
    }

    /// <summary>The 1-based line number in the seed, for reports.</summary>
    public int Number { get; }

    public string Raw { get; }

    /// <summary>Leading white space (non-breaking spaces included), in characters.</summary>
    public int Indent { get; }

    /// <summary>The list marker as written (<c>•</c>, <c>*</c>, <c>1.</c> …), or null for a plain line.</summary>
    public string? Bullet { get; }

    /// <summary>The text without indent, marker and surrounding white space.</summary>
    public string Content { get; }

    /// <summary>A row of repeated <c>*</c>, <c>-</c>, <c>•</c> … used as a section break.</summary>
    public bool IsSeparator { get; }

    /// <summary>The name of the rule that removed the line; null while it is kept.</summary>
    public string? RemovedBy { get; private set; }

    public bool IsKept => RemovedBy is null;

    public bool IsBullet => Bullet is not null;

    /// <summary>Empty or only white space; a line of just a non-breaking space counts as blank.</summary>
    public bool IsBlank => Content.Length == 0 && !IsBullet && !IsSeparator;

    /// <summary>Marks the line removed; the first rule to remove a line is the one the report names.</summary>
    public void Remove(string rule) => RemovedBy ??= rule;

    /// <summary>Keeps the line after all: the block classifier overrules a rule that removed it.</summary>
    public void Restore() => RemovedBy = null;

    public override string ToString() => $"{Number}: {Raw}";

    // Control characters and zero-width marks are dump noise, never words; tabs become spaces so indents compare.
    private static string Clean(string raw)
    {
        var builder = new StringBuilder(raw.Length);
        foreach (var c in raw)
        {
            if (c == '\t')
            {
                builder.Append("    ");
            }
            else if (!char.IsControl(c) && c is not ('\uFEFF' or '\u200B' or '\uFFFD'))
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    // Numbered markers and lynx's "o" only count when indented: at column 0 they start ordinary sentences ("1) In May…").
    private static bool AcceptsMarker(string marker, int indent) =>
        marker switch
        {
            "o" or "–" => indent >= 2,
            _ when char.IsAsciiDigit(marker[0]) => indent >= 1,
            _ => true,
        };

    [GeneratedRegex(@"^(?<marker>[•*+\-·◦▪‣–o]|\d{1,3}[.)])[\s\u00A0]+(?<content>\S.*)$")]
    private static partial Regex BulletPattern();

    [GeneratedRegex(@"^[\s\u00A0]*([*\-_•·~=])([\s\u00A0]*\1){2,}[\s\u00A0]*$")]
    private static partial Regex SeparatorPattern();
}
