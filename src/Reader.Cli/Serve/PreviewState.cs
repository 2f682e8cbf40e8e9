using Reader.Content;

namespace Reader.Cli.Serve;

/// <summary>
/// What the preview server shows, shared between the rebuild loop and requests: the folder it serves, the
/// sub-path it is served under, the host the site is published at, the errors of the last build and a build
/// number pages reload on.
/// </summary>
/// <param name="inputDirectory">The input folder, for the editors' notes on a page (<see cref="EditorNotes"/>); null shows none.</param>
public sealed class PreviewState(string outputDirectory, string linkRoot, string host, string? inputDirectory = null)
{
    public string? InputDirectory { get; } = inputDirectory;

    private volatile Snapshot _current = new(linkRoot, host, [], 0);

    public string OutputDirectory { get; } = Path.TrimEndingDirectorySeparator(Path.GetFullPath(outputDirectory));

    /// <summary>"" or "/sub-path", as <see cref="ReaderSettings.LinkRoot"/>.</summary>
    public string LinkRoot => _current.LinkRoot;

    /// <summary><see cref="ReaderSettings.Host"/>: requests may name it besides the loopback names.</summary>
    public string Host => _current.Host;

    public IReadOnlyList<Diagnostic> Errors => _current.Errors;

    public int Build => _current.Build;

    /// <summary>Records a finished build; open pages reload when they see the new number.</summary>
    public int Publish(string linkRoot, string host, IReadOnlyList<Diagnostic> errors)
    {
        var next = new Snapshot(linkRoot, host, errors, _current.Build + 1);
        _current = next;
        return next.Build;
    }

    private sealed record Snapshot(string LinkRoot, string Host, IReadOnlyList<Diagnostic> Errors, int Build);
}
