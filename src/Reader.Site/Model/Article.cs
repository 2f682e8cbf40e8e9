using Reader.Content;
using MarkdownAst = Markdig.Syntax.MarkdownDocument;

namespace Reader.Site.Model;

/// <summary>One article of <c>input/articles/</c>, parsed once and resolved against the taxonomies.</summary>
public sealed class Article
{
    public required string Slug { get; init; }

    /// <summary>The input file, for diagnostics.</summary>
    public required string Path { get; init; }

    public required ArticleFrontMatter Matter { get; init; }

    /// <summary>
    /// The parsed body. Owned by this article: the renderer adds heading ids and author links to it
    /// exactly once, so it must not be shared or rendered twice.
    /// </summary>
    public required MarkdownAst Document { get; init; }

    /// <summary>The body's Markdown, to parse again when an incremental build must render the body anew.</summary>
    public string Markdown { get; init; } = "";

    /// <summary>The body as plain text, for search, reading time and similarity.</summary>
    public required string PlainText { get; init; }

    public required int WordCount { get; init; }

    public IReadOnlyList<ArticleCredit> Credits { get; init; } = [];

    public IReadOnlyList<Term> Themes { get; init; } = [];

    public string Title => Matter.Title;

    public DateOnly? Date => Matter.Date;
}
