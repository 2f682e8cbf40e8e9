namespace Reader.Ingest.Html;

/// <summary>What a page's JSON-LD says about its article (schema.org <c>Article</c> and its kinds).</summary>
public sealed record JsonLdArticle
{
    public string? Type { get; init; }

    public string? Headline { get; init; }

    public string? AlternativeHeadline { get; init; }

    public IReadOnlyList<string> Authors { get; init; } = [];

    /// <summary>Each author's <c>affiliation</c> (its name), by author name, where the page gives one.</summary>
    public IReadOnlyDictionary<string, string> Affiliations { get; init; } = new Dictionary<string, string>();

    public string? DatePublished { get; init; }

    public string? Publisher { get; init; }

    public string? Description { get; init; }

    public string? ArticleBody { get; init; }

    public string? Language { get; init; }

    public string? Url { get; init; }
}
