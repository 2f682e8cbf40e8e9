using System.Security.Cryptography;
using System.Text;
using Reader.Content;
using Reader.Site.Incremental;
using Reader.Site.Rendering;

namespace Reader.Site.Outputs;

/// <summary>
/// Writes each output file once (UTF-8, no BOM), skipping files whose bytes are what the last build wrote,
/// deletes the files a build no longer produces, and copies the template assets.
/// </summary>
public static class OutputWriter
{
    private static readonly UTF8Encoding Utf8 = new(false);

    /// <summary>Writes the files whose bytes changed; returns the paths written.</summary>
    public static IReadOnlyList<string> Write(string outputDir, IReadOnlyList<RenderedPage> files, DiagnosticBag diagnostics, OutputState state)
    {
        foreach (var duplicate in files.GroupBy(f => f.OutputPath, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1))
        {
            diagnostics.Add(Diagnostic.Error(duplicate.Key, null, "two pages would be written to the same file", "rename one of the articles, authors or themes"));
        }

        var unique = files.DistinctBy(f => f.OutputPath, StringComparer.OrdinalIgnoreCase).ToList();
        var written = new bool[unique.Count];
        Parallel.For(0, unique.Count, i =>
        {
            var file = unique[i];
            var path = Path.Combine(outputDir, file.OutputPath);
            var bytes = Utf8.GetBytes(file.Content);
            var hash = SHA256.HashData(bytes);
            if (state.IsUnchanged(file.OutputPath, hash) && File.Exists(path))
            {
                return;
            }

            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllBytes(path, bytes);
            state.Record(file.OutputPath, hash);
            written[i] = true;
        });
        return [.. unique.Where((_, i) => written[i]).Select(f => f.OutputPath)];
    }

    /// <summary>Deletes what earlier builds wrote and this one did not, and the folders that leaves empty.</summary>
    public static int DeleteStale(string outputDir, IReadOnlyList<RenderedPage> files, OutputState state)
    {
        var stale = state.Stale(files.Select(f => f.OutputPath));
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

        return stale.Count;
    }

    public static int CopyAssets(string themeDir, string outputDir)
    {
        var source = Path.Combine(themeDir, "assets");
        if (!Directory.Exists(source))
        {
            return 0;
        }

        var files = Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();
        foreach (var file in files)
        {
            var target = Path.Combine(outputDir, "assets", Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target, overwrite: true);
        }

        return files.Count;
    }
}
