using System.Globalization;
using Reader.Content;

namespace Reader.Ingest;

/// <summary>
/// Where a changed seed's new version goes: <c>&lt;slug&gt;.md.incoming</c> beside the article. A maintainer may be
/// merging in that file, so an existing one is never replaced: the same version again is left as it is, a different
/// one goes to <c>.incoming-2</c>, <c>-3</c> … (the first free name, or the one that already holds it).
/// </summary>
public static class IncomingFile
{
    /// <returns>The file holding the new version, and the existing incoming files that differ from it (kept as they were).</returns>
    public static (string Path, IReadOnlyList<string> Kept) Write(string articlePath, string text)
    {
        var kept = new List<string>();
        for (var n = 1; ; n++)
        {
            var candidate = articlePath + ".incoming" + (n == 1 ? "" : "-" + n.ToString(CultureInfo.InvariantCulture));
            if (File.Exists(candidate))
            {
                if (File.ReadAllText(candidate) == text)
                {
                    return (candidate, kept);
                }

                kept.Add(candidate);
                continue;
            }

            if (AtomicFile.TryCreate(candidate, text))
            {
                return (candidate, kept);
            }
        }
    }

    /// <summary>True for "x.md.incoming" and "x.md.incoming-2": files ingest writes that the site never reads.</summary>
    public static bool IsIncoming(string path)
    {
        var name = Path.GetFileName(path);
        var at = name.LastIndexOf(".incoming", StringComparison.Ordinal);
        return at >= 0 && (at + ".incoming".Length == name.Length || name[(at + ".incoming".Length)..] is ['-', .. var digits] && digits.Length > 0 && digits.All(char.IsAsciiDigit));
    }
}
