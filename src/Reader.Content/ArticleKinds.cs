namespace Reader.Content;

/// <summary>The kinds of piece an article's <c>kind</c> may name: the page shows it above the title and feeds schema.org.</summary>
public static class ArticleKinds
{
    public static IReadOnlyList<string> Known { get; } =
    [
        "article", "interview", "abstract", "chapter", "op-ed", "report", "paper", "review", "essay", "commentary", "speech", "transcript",
    ];

    public static bool IsKnown(string kind) => Known.Contains(kind.Trim().ToLowerInvariant(), StringComparer.Ordinal);
}
