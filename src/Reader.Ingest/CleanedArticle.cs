using Reader.Content;

namespace Reader.Ingest;

/// <summary>
/// What the cleaner makes of one seed: the article's front matter as far as the page states it
/// (themes and source fields are filled in by the ingestor), its Markdown body, and an audit of what was removed.
/// </summary>
/// <param name="AuthorBios">Short bios the page gives, keyed by author name as written in <see cref="ArticleFrontMatter.Authors"/>.</param>
/// <param name="Kind">Whether the page is an article at all; other kinds are reported, not written.</param>
/// <param name="NotArticleReason">Why the page is not an article, for the warning shown to the maintainer; null for articles.</param>
public sealed record CleanedArticle(
    ArticleFrontMatter FrontMatter,
    string Body,
    CleaningReport Report,
    IReadOnlyDictionary<string, string> AuthorBios,
    PageKind Kind = PageKind.Article,
    string? NotArticleReason = null)
{
    public bool IsArticle => Kind == PageKind.Article;
}
