using System.Text.RegularExpressions;
using Reader.Ingest.Text;

namespace Reader.Ingest.Metadata;

/// <summary>
/// Finds the name of the site a page comes from: the page's first line when the page repeats it
/// (a header and footer, or the copyright line), else the holder named in the copyright line.
/// </summary>
public static partial class SiteNameFinder
{
    public static string? Find(TextDocument document)
    {
        var holder = document.Lines.Select(l => CopyrightHolder(l.Content)).FirstOrDefault(h => h is not null);
        var first = document.KeptIndexes().Select(i => document.Lines[i]).FirstOrDefault();
        if (first is { IsBullet: false } && IsNameShaped(first.Content))
        {
            var repeated = document.Lines.Count(l => string.Equals(l.Content, first.Content, StringComparison.OrdinalIgnoreCase)) >= 2;
            if (repeated || (holder is not null && SameName(holder, first.Content)))
            {
                return first.Content;
            }
        }

        return holder;
    }

    /// <summary>"Copyright © 2021 The Sasakawa Peace Foundation. All Rights Reserved." → "The Sasakawa Peace Foundation".</summary>
    public static string? CopyrightHolder(string line)
    {
        var match = CopyrightPattern().Match(line);
        if (!match.Success)
        {
            return null;
        }

        var name = match.Groups["name"].Value.Trim().TrimEnd('.', ',');
        return name.Length > 1 && LineShape.WordCount(name) <= 8 ? name : null;
    }

    /// <summary>The capitals of a name's words, articles and "of"/"for" skipped: "Sasakawa Peace Foundation" → "SPF".</summary>
    public static string Initials(string name) =>
        string.Concat(name.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)
            .Where(w => char.IsUpper(w[0]) && w is not ("The" or "A" or "An"))
            .Select(w => w[0]));

    public static bool SameName(string a, string b) => string.Equals(Bare(a), Bare(b), StringComparison.OrdinalIgnoreCase);

    private static string Bare(string name) => TheRegex().Replace(name.Trim(), "");

    private static bool IsNameShaped(string text) =>
        LineShape.IsShortLabel(text, maxWords: 8) && char.IsUpper(text[0]) && DateParser.FindIn(text) is null;

    // A copyright notice has the © sign or a year: "The CopyrightLaw" in a disclaimer is not one.
    [GeneratedRegex(@"(?:(?:Copyright\s*)?(?:©|\(c\))\s*(?:\d{4}(?:\s*[-–]\s*\d{4})?\s*,?\s*)?|\bCopyright\s+\d{4}(?:\s*[-–]\s*\d{4})?\s*,?\s*)(?<name>[^.|]+?)\s*(?:\.|\||All rights reserved|$)", RegexOptions.IgnoreCase)]
    private static partial Regex CopyrightPattern();

    [GeneratedRegex(@"^the\s+", RegexOptions.IgnoreCase)]
    private static partial Regex TheRegex();
}
