namespace Reader.Site.Outputs;

/// <summary>
/// The file every output folder Reader writes carries, <c>.reader-output</c>. A build replaces its output folder
/// whole, so it only does that to a folder it can tell it wrote: one with this marker, an empty one, or (for sites
/// built before the marker existed) one holding nothing but what a build writes.
/// </summary>
public static class OutputMarker
{
    public const string FileName = ".reader-output";

    public const string Text =
        "This folder is written by Reader ('reader build' and 'reader serve') and replaced whole by every build.\n" +
        "Keep nothing else in it: it would be deleted.\n";

    /// <summary>What a build puts at the top of its output folder; an earlier build's folder holds nothing else.</summary>
    private static readonly HashSet<string> BuildEntries = new(StringComparer.Ordinal)
    {
        "index.html", "404.html", "assets", "articles", "authors", "themes", "archive", "search", "feed.xml", "sitemap.xml",
        "robots.txt", "search-index.json", "search-index", "people", "timeline", "citations.bib", "citations.ris", "citations.json",
        "feed.json", "ebooks", "images", "image-sizes", "sitemaps", FileName,
    };

    public static void Write(string outputDir) => File.WriteAllText(Path.Combine(outputDir, FileName), Text);

    /// <summary>The folder carries the marker.</summary>
    public static bool IsMarked(string outputDir) => File.Exists(Path.Combine(outputDir, FileName));

    /// <summary>
    /// A site an earlier version of Reader built: a home page, a 404 page, the theme's assets, and a sitemap, feed or
    /// search index, with nothing at the top that a build does not write. Such a folder is adopted (and marked).
    /// </summary>
    public static bool LooksLikeEarlierBuild(string outputDir)
    {
        var entries = Directory.EnumerateFileSystemEntries(outputDir).Select(Path.GetFileName).ToList();
        return entries.All(e => e is not null && BuildEntries.Contains(e))
            && File.Exists(Path.Combine(outputDir, "index.html")) && File.Exists(Path.Combine(outputDir, "404.html"))
            && Directory.Exists(Path.Combine(outputDir, "assets"))
            && entries.Any(e => e is "sitemap.xml" or "feed.xml" or "search-index.json");
    }
}
