using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace Reader.Site.Checks;

/// <summary>The HTML pages of a built site, parsed once with AngleSharp and looked up by file.</summary>
public sealed class OutputFolder
{
    private readonly Dictionary<string, IHtmlDocument> _pages;

    public OutputFolder(string root)
    {
        Root = Path.GetFullPath(root);
        var parser = new HtmlParser();
        _pages = Directory.EnumerateFiles(Root, "*.html", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal)
            .ToDictionary(f => Relative(f), f => parser.ParseDocument(File.ReadAllText(f)), StringComparer.Ordinal);
    }

    public string Root { get; }

    /// <summary>Paths relative to the root, forward slashes, e.g. "articles/x/index.html".</summary>
    public IEnumerable<string> Pages => _pages.Keys;

    public IHtmlDocument this[string page] => _pages[page];

    public IHtmlDocument? Find(string page) => _pages.GetValueOrDefault(page);

    public bool Exists(string file) => File.Exists(Path.Combine(Root, file));

    private string Relative(string file) => Path.GetRelativePath(Root, file).Replace('\\', '/');
}
