namespace Reader.Cli.Serve;

/// <summary>A burst of file changes, coalesced: each path once, with what kind of source it is.</summary>
/// <param name="FirstSeen">When the first change of the burst arrived (<see cref="System.Diagnostics.Stopwatch.GetTimestamp"/>), to time a rebuild from the save.</param>
public sealed record SourceChanges(IReadOnlyList<(SourceKind Kind, string Path)> Files, long FirstSeen = 0)
{
    public bool Has(SourceKind kind) => Files.Any(f => f.Kind == kind);

    /// <summary>"input/articles/x.md", or "3 files (input/articles/x.md, …)", relative to the project.</summary>
    public string Describe(Func<string, string> relative) => Files.Count == 1
        ? relative(Files[0].Path)
        : $"{Files.Count} files ({relative(Files[0].Path)}, …)";
}
