using Reader.Content;

namespace Reader.Site.Model;

/// <summary>One article of <c>input/articles/</c>, read once and resolved against the taxonomies.</summary>
public sealed class Article
{
    private string? _title;

    public required string Slug { get; init; }

    /// <summary>The input file, for diagnostics.</summary>
    public required string Path { get; init; }

    /// <summary>The file's line where the body starts: a problem in the body is named by the line of the file.</summary>
    public int BodyLine { get; init; } = 1;

    public required ArticleFrontMatter Matter { get; init; }

    /// <summary>
    /// The body's Markdown in UTF-8, half the size of a string: a large collection keeps one per article. It is
    /// parsed when needed and the parsed document dropped, as that is many times the size of the text.
    /// </summary>
    public required byte[] MarkdownUtf8 { get; init; }

    public IReadOnlyList<ArticleCredit> Credits { get; init; } = [];

    public IReadOnlyList<Term> Themes { get; init; } = [];

    /// <summary>The article's earlier slugs, checked: each gets a page that sends readers to this one.</summary>
    public IReadOnlyList<string> Aliases { get; init; } = [];


    /// <summary>The title with typographic quotes, as every page, feed and index shows it.</summary>
    public string Title => _title ??= Text.SmartQuotes.Curl(Matter.Title);

    public string? Subtitle => Matter.Subtitle is { } subtitle ? Text.SmartQuotes.Curl(subtitle) : null;

    public string? Summary => Matter.Summary is { } summary ? Text.SmartQuotes.Curl(summary) : null;

    public string ReadMarkdown() => System.Text.Encoding.UTF8.GetString(MarkdownUtf8);

    public DateOnly? Date => Matter.Date;

    /// <summary>The same article with another body, its front matter unchanged.</summary>
    public Article WithBody(byte[] markdownUtf8) => With(markdownUtf8, Aliases);

    /// <summary>The same article with only the aliases that may have pages (<see cref="ArticleAliases.Check"/>).</summary>
    public Article WithAliases(IReadOnlyList<string> aliases) => With(MarkdownUtf8, aliases);

    private Article With(byte[] markdownUtf8, IReadOnlyList<string> aliases) => new()
    {
        Slug = Slug,
        Path = Path,
        BodyLine = BodyLine,
        Matter = Matter,
        MarkdownUtf8 = markdownUtf8,
        Credits = Credits,
        Themes = Themes,
        Aliases = aliases,
    };
}
