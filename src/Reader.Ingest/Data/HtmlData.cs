namespace Reader.Ingest.Data;

/// <summary>The data files the HTML path reads: selectors and class words of chrome, phrases of error pages.</summary>
public static class HtmlData
{
    private static readonly Lazy<IReadOnlyList<string>> LazySelectors = new(() => Lines("html-boilerplate-selectors.txt"));
    private static readonly Lazy<IReadOnlyList<string>> LazyNegativeWords = new(() => Lines("html-negative-words.txt"));
    private static readonly Lazy<IReadOnlyList<string>> LazyPositiveWords = new(() => Lines("html-positive-words.txt"));
    private static readonly Lazy<PhraseList> LazyErrorPageTitles = new(() => PhraseList.Load("html-not-article-phrases.txt"));
    private static readonly Lazy<PhraseList> LazyChromeParagraphs = new(() => PhraseList.Load("html-chrome-paragraphs.txt"));

    public static IReadOnlyList<string> BoilerplateSelectors => LazySelectors.Value;

    public static IReadOnlyList<string> NegativeWords => LazyNegativeWords.Value;

    public static IReadOnlyList<string> PositiveWords => LazyPositiveWords.Value;

    public static PhraseList ErrorPageTitles => LazyErrorPageTitles.Value;

    public static PhraseList ChromeParagraphs => LazyChromeParagraphs.Value;

    /// <summary>The non-comment lines of an embedded data file, trimmed.</summary>
    public static IReadOnlyList<string> Lines(string fileName)
    {
        using var stream = typeof(HtmlData).Assembly.GetManifestResourceStream($"Reader.Ingest.Data.{fileName}")
            ?? throw new InvalidOperationException($"embedded data file '{fileName}' is missing; check the EmbeddedResource item in Reader.Ingest.csproj");
        using var reader = new StreamReader(stream);
        return [.. reader.ReadToEnd().Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0 && !l.StartsWith('#'))];
    }
}
