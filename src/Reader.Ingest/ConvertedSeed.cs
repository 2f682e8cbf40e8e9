using Reader.Content;
using Reader.Ingest.Themes;

namespace Reader.Ingest;

/// <summary>A seed made into an article file's content: cleaned, with themes and source recorded.</summary>
/// <param name="Kind">Whether the page is an article; see <see cref="CleanedArticle.Kind"/>.</param>
public sealed record ConvertedSeed(
    SeedPage Page,
    ArticleFrontMatter FrontMatter,
    string Body,
    CleaningReport Report,
    IReadOnlyList<ThemeScore> ThemeScores,
    IReadOnlyDictionary<string, string> AuthorBios,
    PageKind Kind = PageKind.Article,
    string? NotArticleReason = null)
{
    public bool IsArticle => Kind == PageKind.Article;

    public string ToMarkdown() => FrontMatterWriter.Write(FrontMatter, Body);
}
