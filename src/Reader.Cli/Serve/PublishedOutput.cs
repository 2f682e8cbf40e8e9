using Reader.Content;
using Reader.Site;
using Reader.Site.Outputs;

namespace Reader.Cli.Serve;

/// <summary>
/// Keeps <c>output/</c> at the last good build while <c>serve</c> rebuilds. The preview builds into a folder of its own
/// beside <c>output/</c> (<c>.output.serving-…</c>), which the server shows, errors and all; only a build without
/// errors is copied on to <c>output/</c>, file by file, each replaced in one rename. A bad date or a broken link
/// therefore never reaches the published folder, and the files of each good build arrive whole.
/// </summary>
public sealed class PublishedOutput : IDisposable
{
    private readonly HashSet<string> _changed = new(StringComparer.Ordinal);
    private readonly HashSet<string> _deleted = new(StringComparer.Ordinal);
    private bool _everything = true;

    public PublishedOutput(string outputDir)
    {
        OutputDir = Path.TrimEndingDirectorySeparator(Path.GetFullPath(outputDir));
        var parent = Path.GetDirectoryName(OutputDir)!;
        var prefix = "." + Path.GetFileName(OutputDir) + OutputSwap.ServingMark;

        // A preview that was killed left its folder: only one reader process works on a project, so none is in use.
        if (Directory.Exists(parent))
        {
            foreach (var leftover in Directory.EnumerateDirectories(parent, prefix + "*"))
            {
                Directory.Delete(leftover, recursive: true);
            }
        }

        Preview = Path.Combine(parent, prefix + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(Preview);
    }

    public string OutputDir { get; }

    /// <summary>The folder the preview builds into and serves.</summary>
    public string Preview { get; }

    /// <summary>Empties the preview for a new session (new settings): its first build is then published whole.</summary>
    public void Reset()
    {
        Directory.Delete(Preview, recursive: true);
        Directory.CreateDirectory(Preview);
        _everything = true;
    }

    /// <summary>Remembers what a build changed in the preview, to be published with the next good build.</summary>
    public void Record(SiteBuildResult result)
    {
        foreach (var path in result.Changed)
        {
            _changed.Add(path);
            _deleted.Remove(path);
        }

        foreach (var path in result.Deleted)
        {
            _deleted.Add(path);
            _changed.Remove(path);
        }
    }

    /// <summary>Copies what changed since the last good build on to the output folder; a failure is a diagnostic, and everything is tried again next time.</summary>
    public IReadOnlyList<Diagnostic> Publish()
    {
        try
        {
            Directory.CreateDirectory(OutputDir);
            if (_everything)
            {
                PublishEverything();
            }
            else
            {
                foreach (var path in _changed)
                {
                    Copy(path);
                }

                foreach (var path in _deleted)
                {
                    Delete(path);
                }
            }

            if (!OutputMarker.IsMarked(OutputDir))
            {
                OutputMarker.Write(OutputDir);
            }

            _changed.Clear();
            _deleted.Clear();
            _everything = false;
            return [];
        }
        catch (Exception thrown) when (IoProblem.Find(thrown) is { } e)
        {
            _everything = true;
            return [Diagnostic.Error(OutputDir, null, $"cannot copy the preview to the output folder: {e.Message}; the preview is up to date", IoProblem.Hint(e))];
        }
    }

    /// <summary>Deletes the preview folder.</summary>
    public void Dispose()
    {
        if (Directory.Exists(Preview))
        {
            Directory.Delete(Preview, recursive: true);
        }
    }

    private void PublishEverything()
    {
        var built = Directory.EnumerateFiles(Preview, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(Preview, f).Replace('\\', '/'))
            .Where(f => !IsTemporary(f))
            .ToHashSet(StringComparer.Ordinal);
        foreach (var path in built)
        {
            Copy(path);
        }

        foreach (var stale in Directory.EnumerateFiles(OutputDir, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(OutputDir, f).Replace('\\', '/')).ToList())
        {
            if (!built.Contains(stale) && stale != OutputMarker.FileName)
            {
                Delete(stale);
            }
        }
    }

    private void Copy(string path)
    {
        var from = Path.Combine(Preview, path);
        if (!File.Exists(from))
        {
            Delete(path);
            return;
        }

        var to = Path.Combine(OutputDir, path);
        var bytes = File.ReadAllBytes(from);
        if (File.Exists(to) && File.ReadAllBytes(to).AsSpan().SequenceEqual(bytes))
        {
            return;
        }

        Directory.CreateDirectory(Path.GetDirectoryName(to)!);
        OutputWriter.ReplaceAtomically(to, bytes);
    }

    private void Delete(string path)
    {
        if (File.Exists(Path.Combine(Preview, path)))
        {
            return;
        }

        var file = Path.Combine(OutputDir, path);
        File.Delete(file);
        for (var dir = Path.GetDirectoryName(file); dir is not null && dir.Length > OutputDir.Length && Directory.Exists(dir) && !Directory.EnumerateFileSystemEntries(dir).Any(); dir = Path.GetDirectoryName(dir))
        {
            Directory.Delete(dir);
        }
    }

    // Files a write in progress holds: ".name.<guid>.tmp".
    private static bool IsTemporary(string path) => Path.GetFileName(path).StartsWith('.') && path.EndsWith(".tmp", StringComparison.Ordinal);
}
