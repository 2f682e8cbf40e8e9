using AngleSharp.Html.Dom;
using Reader.Content;
using Reader.Site.Checks;

namespace Reader.Site.Tests.Support;

/// <summary>A site built into a temp folder, with helpers to read its pages as text or as parsed HTML.</summary>
public sealed class BuiltSite : IDisposable
{
    private readonly TempFolder _folder;
    private OutputFolder? _output;

    public BuiltSite(TempFolder folder, string outputDir, SiteBuildResult result, ReaderSettings settings)
    {
        _folder = folder;
        OutputDir = outputDir;
        Result = result;
        Settings = settings;
    }

    public string OutputDir { get; }

    public SiteBuildResult Result { get; }

    public ReaderSettings Settings { get; }

    public IReadOnlyList<Diagnostic> Errors => [.. Result.Diagnostics.Where(d => d.IsError)];

    public OutputFolder Output => _output ??= new OutputFolder(OutputDir);

    public bool Exists(string path) => File.Exists(Path.Combine(OutputDir, path));

    /// <summary>The text of an output file, e.g. "articles/x/index.html".</summary>
    public string Text(string path) => File.ReadAllText(Path.Combine(OutputDir, path));

    public IHtmlDocument Html(string path) => Output[path];

    public IReadOnlyList<string> Files() =>
    [
        .. Directory.EnumerateFiles(OutputDir, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(OutputDir, f).Replace('\\', '/'))
            .Order(StringComparer.Ordinal),
    ];

    public void Dispose() => _folder.Dispose();
}
