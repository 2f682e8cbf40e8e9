using Reader.Content;

namespace Reader.Site.Model;

/// <summary>One article of <c>input/articles/</c>, read once and resolved against the taxonomies.</summary>
public sealed class Article
{
    public required string Slug { get; init; }

    /// <summary>The input file, for diagnostics.</summary>
    public required string Path { get; init; }

    public required ArticleFrontMatter Matter { get; init; }

    /// <summary>
    /// The body's Markdown. Parsed when it is needed and then dropped: a parsed document is many times the
    /// size of its text, and a large collection cannot keep one per article.
    /// </summary>
    public required string Markdown { get; init; }

    public IReadOnlyList<ArticleCredit> Credits { get; init; } = [];

    public IReadOnlyList<Term> Themes { get; init; } = [];

    public string Title => Matter.Title;

    public DateOnly? Date => Matter.Date;
}
