namespace Reader.Site.Model;

/// <summary>
/// Finds the line of a value in a file's front matter. The typed records carry no positions, and a
/// diagnostic about a theme slug is only useful when it points at the line that names it.
/// </summary>
public static class FrontMatterLines
{
    /// <summary>The 1-based line of <paramref name="value"/> under <paramref name="key"/>, else of the key, else null.</summary>
    public static int? Find(string text, string key, string value)
    {
        var lines = text.ReplaceLineEndings("\n").Split('\n');
        for (var i = 1; i < lines.Length && lines[i].TrimEnd() != "---"; i++)
        {
            if (!lines[i].StartsWith(key + ":", StringComparison.Ordinal))
            {
                continue;
            }

            // The value is on the key's line (flow list) or on the indented lines under it (block list).
            for (var j = i; j < lines.Length && (j == i || lines[j].StartsWith(' ') || lines[j].StartsWith('-')); j++)
            {
                if (lines[j].Contains(value, StringComparison.Ordinal))
                {
                    return j + 1;
                }
            }

            return i + 1;
        }

        return null;
    }
}
