using Reader.Content;

namespace Reader.Cli.Serve;

/// <summary>
/// What the preview server shows, shared between the rebuild loop and requests: the output folder, the
/// sub-path it is served under, the errors of the last build and a build number pages reload on.
/// </summary>
public sealed class PreviewState(string outputDirectory, string linkRoot)
{
    private volatile Snapshot _current = new(linkRoot, [], 0);

    public string OutputDirectory { get; } = Path.TrimEndingDirectorySeparator(Path.GetFullPath(outputDirectory));

    /// <summary>"" or "/sub-path", as <see cref="ReaderSettings.LinkRoot"/>.</summary>
    public string LinkRoot => _current.LinkRoot;

    public IReadOnlyList<Diagnostic> Errors => _current.Errors;

    public int Build => _current.Build;

    /// <summary>Records a finished build; open pages reload when they see the new number.</summary>
    public int Publish(string linkRoot, IReadOnlyList<Diagnostic> errors)
    {
        var next = new Snapshot(linkRoot, errors, _current.Build + 1);
        _current = next;
        return next.Build;
    }

    private sealed record Snapshot(string LinkRoot, IReadOnlyList<Diagnostic> Errors, int Build);
}
