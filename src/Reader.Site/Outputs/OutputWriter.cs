using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Reader.Content;
using Reader.Site.Incremental;

namespace Reader.Site.Outputs;

/// <summary>
/// Writes the build's files as they are produced (UTF-8, no BOM), from many threads, so no build holds the
/// whole site in memory. With an <see cref="OutputState"/> from earlier builds it skips the rendering of files
/// whose inputs are unchanged and the writing of files whose bytes are unchanged; it then deletes what earlier
/// builds wrote and this one did not.
/// </summary>
public sealed class OutputWriter(string outputDir, OutputState? state, DiagnosticBag diagnostics)
{
    /// <summary>
    /// The size past which a page, feed or index is reported: a static host serves it, but a reader on a slow
    /// connection waits for it, and a list that grows with the collection should have been cut into pages.
    /// </summary>
    public const int LargeFileBytes = 1_000_000;

    private static readonly UTF8Encoding Utf8 = new(false);

    private readonly ConcurrentDictionary<string, bool> _claimed = new(StringComparer.OrdinalIgnoreCase);
    private readonly ConcurrentBag<string> _written = [];
    private int _rendered;

    /// <summary>Paths written by this build, in order.</summary>
    public IReadOnlyList<string> Written => [.. _written.Order(StringComparer.Ordinal)];

    /// <summary>Every path this build produces, written or unchanged since the last build.</summary>
    public IReadOnlySet<string> Claimed => _claimed.Keys.ToHashSet(StringComparer.Ordinal);

    /// <summary>Pages, feeds and search shards rendered by this build (the others were unchanged since the last one).</summary>
    public int Rendered => _rendered;

    public void Write(string outputPath, string content) => Write(outputPath, null, () => content);

    /// <param name="inputs">What the file is made from; null when it is cheaper to render it than to compare.</param>
    /// <param name="render">The file's text, or null when rendering failed (and reported why).</param>
    public void Write(string outputPath, Func<object>? inputs, Func<string?> render) =>
        WriteBytes(outputPath, inputs, () => render() is { } text ? Utf8.GetBytes(text) : null);

    /// <summary>As <see cref="Write(string, Func{object}?, Func{string?})"/>, for files made as UTF-8 in the first place.</summary>
    public void WriteBytes(string outputPath, Func<object>? inputs, Func<ReadOnlyMemory<byte>?> render)
    {
        if (!_claimed.TryAdd(outputPath, true))
        {
            diagnostics.Add(Diagnostic.Error(outputPath, null, "two pages would be written to the same file", "rename one of the articles, authors or themes"));
            return;
        }

        var path = Path.Combine(outputDir, outputPath);
        var fingerprint = state is not null && inputs is not null ? Fingerprint(inputs()) : null;
        if (fingerprint is not null && state!.HasInputs(outputPath, fingerprint) && File.Exists(path))
        {
            return;
        }

        if (inputs is not null)
        {
            Interlocked.Increment(ref _rendered);
        }

        if (render() is not { } bytes)
        {
            return;
        }

        if (bytes.Length > LargeFileBytes && IsText(outputPath))
        {
            diagnostics.Add(Diagnostic.Warning(outputPath, null, $"the file is {Megabytes(bytes.Length)} MB, over the 1 MB a page, feed or index should stay under: a reader on a slow connection waits for all of it", "a list page gets smaller with a lower ArchivePageSize in statiq.json and a very long article by splitting it; a feed, sitemap or index that grows with the collection is for Reader to cut into parts"));
        }

        if (state is not null)
        {
            var hash = SHA256.HashData(bytes.Span);
            var unchanged = state.HasContent(outputPath, hash) && File.Exists(path);
            state.Record(outputPath, fingerprint, hash);
            if (unchanged)
            {
                return;
            }
        }

        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        if (state is null)
        {
            // A single build writes into a folder of its own that nobody reads until it is swapped in.
            File.WriteAllBytes(path, bytes.Span);
        }
        else
        {
            // A preview serves this folder while it is rebuilt: a file is replaced in one rename, so a request reads
            // the whole old page or the whole new one, never an empty or half-written file.
            ReplaceAtomically(path, bytes.Span);
        }

        _written.Add(outputPath);
    }

    /// <summary>Writes <paramref name="bytes"/> to a temporary file beside <paramref name="path"/>, then renames it over the path.</summary>
    public static void ReplaceAtomically(string path, ReadOnlySpan<byte> bytes)
    {
        var temp = Path.Combine(Path.GetDirectoryName(path)!, $".{Path.GetFileName(path)}.{Guid.NewGuid():N}.tmp");
        try
        {
            File.WriteAllBytes(temp, bytes);
            File.Move(temp, path, overwrite: true);
        }
        catch
        {
            File.Delete(temp);
            throw;
        }
    }

    /// <summary>Deletes what earlier builds wrote and this one did not, and the folders that leaves empty.</summary>
    /// <returns>The paths deleted, relative to the output folder.</returns>
    public IReadOnlyList<string> DeleteStale()
    {
        if (state is null)
        {
            return [];
        }

        var stale = state.Stale(_claimed.Keys);
        var root = Path.TrimEndingDirectorySeparator(Path.GetFullPath(outputDir));
        foreach (var relative in stale)
        {
            var path = Path.Combine(root, relative);
            File.Delete(path);
            state.Forget(relative);
            for (var dir = Path.GetDirectoryName(path); dir is not null && dir.Length > root.Length && !Directory.EnumerateFileSystemEntries(dir).Any(); dir = Path.GetDirectoryName(dir))
            {
                Directory.Delete(dir);
            }
        }

        return stale;
    }

    /// <summary>Copies <c>theme/assets/</c> into the output; a symbolic link out of the theme folder is refused (and its target never read) with a warning.</summary>
    /// <returns>The paths written, relative to the output folder.</returns>
    public static IReadOnlyList<string> CopyAssets(string themeDir, string outputDir, DiagnosticBag diagnostics)
    {
        var source = Path.Combine(themeDir, "assets");
        var files = FolderFiles.Enumerate(source, themeDir, (link, target) => diagnostics.Add(Diagnostic.Warning(
            Shown(themeDir, link), null, $"the asset is a symbolic link to {target}, outside the theme folder; it was not copied",
            "copy the file into the theme folder instead of linking to it")));
        var written = new List<string>(files.Count);
        foreach (var file in files)
        {
            var relative = Path.Combine("assets", Path.GetRelativePath(source, file));
            var target = Path.Combine(outputDir, relative);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            ReplaceAtomically(target, File.ReadAllBytes(file));
            written.Add(relative.Replace('\\', '/'));
        }

        return written;
    }

    private static string Shown(string themeDir, string path) =>
        Path.Combine(Path.GetFileName(Path.TrimEndingDirectorySeparator(Path.GetFullPath(themeDir))), Path.GetRelativePath(themeDir, path)).Replace('\\', '/');

    /// <summary>The files a reader's browser downloads whole: pages, feeds, sitemaps and the search index.</summary>
    private static bool IsText(string outputPath) =>
        outputPath.EndsWith(".html", StringComparison.Ordinal) || outputPath.EndsWith(".json", StringComparison.Ordinal) || outputPath.EndsWith(".xml", StringComparison.Ordinal);

    private static string Megabytes(int bytes) => (bytes / (double)LargeFileBytes).ToString("0.0", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Inputs given as a string are a stamp, a hash already (see <see cref="Incremental.Stamps"/>): kept as they are.</summary>
    private static byte[] Fingerprint(object inputs) => inputs is string stamp
        ? Utf8.GetBytes(stamp)
        : SHA256.HashData(ModelJson.Utf8(inputs));
}
