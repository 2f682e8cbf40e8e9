using Reader.Content;

namespace Reader.Ingest.Html;

/// <summary>What a page's markup states about its article, each field from the best source that states it.</summary>
public sealed record HtmlMetadata
{
    public string? Title { get; init; }

    public string? Subtitle { get; init; }

    public IReadOnlyList<AuthorCredit> Authors { get; init; } = [];

    public DateOnly? Date { get; init; }

    public string? Publisher { get; init; }

    public string? Language { get; init; }

    public string? SourceUrl { get; init; }

    /// <summary>The address relative links are resolved against: <c>&lt;base href&gt;</c>, else the source address.</summary>
    public Uri? BaseUri { get; init; }

    public string? Summary { get; init; }

    public string? Kind { get; init; }

    /// <summary>JSON-LD <c>articleBody</c>: the whole text, for pages whose markup hides it.</summary>
    public string? ArticleBody { get; init; }

    /// <summary>The page's type says article (JSON-LD article kind, <c>og:type=article</c>, <c>citation_title</c>).</summary>
    public bool DeclaresArticle { get; init; }
}
