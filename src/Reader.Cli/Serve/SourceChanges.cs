namespace Reader.Cli.Serve;

/// <summary>A burst of file changes, coalesced: each path once, with what kind of source it is.</summary>
/// <param name="FirstSeen">When the first change of the burst arrived (<see cref="System.Diagnostics.Stopwatch.GetTimestamp"/>), to time a rebuild from the save.</param>
/// <param name="Complete">False when the watcher lost events (its buffer overflowed): then anything may have changed.</param>
public sealed record SourceChanges(IReadOnlyList<(SourceKind Kind, string Path)> Files, long FirstSeen = 0, bool Complete = true)
{
    public bool Has(SourceKind kind) => Files.Any(f => f.Kind == kind);

    /// <summary>
    /// The content files that changed, when that is all that changed and nothing was lost; otherwise null, and a
    /// rebuild checks every file. Seeds and settings are excluded because ingest writes to <c>input/</c> itself.
    /// </summary>
    public IReadOnlyList<string>? InputFiles => Complete && Files.All(f => f.Kind is SourceKind.Input or SourceKind.Theme)
        ? [.. Files.Where(f => f.Kind == SourceKind.Input).Select(f => f.Path)]
        : null;

    /// <summary>"input/articles/x.md", or "3 files (input/articles/x.md, …)", relative to the project.</summary>
    public string Describe(Func<string, string> relative) => Files.Count == 1
        ? relative(Files[0].Path)
        : $"{Files.Count} files ({relative(Files[0].Path)}, …)";
}
