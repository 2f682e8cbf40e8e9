using Reader.Content;

namespace Reader.Ingest;

/// <summary>
/// What the cleaner makes of one seed: the article's front matter as far as the page states it
/// (themes and source fields are filled in by the ingestor), its Markdown body, and an audit of what was removed.
/// </summary>
/// <param name="AuthorBios">Short bios the page gives, keyed by author name as written in <see cref="ArticleFrontMatter.Authors"/>.</param>
public sealed record CleanedArticle(
    ArticleFrontMatter FrontMatter,
    string Body,
    CleaningReport Report,
    IReadOnlyDictionary<string, string> AuthorBios);
