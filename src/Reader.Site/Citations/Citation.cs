using Reader.Content;
using Reader.Site.Model;

namespace Reader.Site.Citations;

/// <summary>
/// What a citation of an article says, read from its front matter once for every format: the people by role, the
/// title, where it appeared (book, journal, publisher), its date, pages and DOI, and the address to cite. Nothing is
/// made up: what the front matter does not state is left out.
/// </summary>
/// <param name="Key">The BibTeX key and CSL id, unique in the collection (see <see cref="CitationKeys"/>).</param>
/// <param name="Editors">The editors of the book a chapter is in (<c>editors</c>), and any credited as editors.</param>
/// <param name="Url">The original's address, else the article's page on this site: where the cited text can be read.</param>
/// <param name="Accessed">When the text was captured (<c>captured</c>).</param>
public sealed record Citation(
    string Key,
    CitationType Type,
    IReadOnlyList<CitedName> Authors,
    IReadOnlyList<CitedName> Interviewers,
    IReadOnlyList<CitedName> Editors,
    IReadOnlyList<CitedName> Translators,
    string Title,
    string? ContainerTitle,
    string? Publisher,
    string? OriginalPublisher,
    DateOnly? Date,
    string? Volume,
    string? Issue,
    string? Pages,
    string? Doi,
    string Url,
    DateOnly? Accessed,
    string Language,
    string? Abstract,
    IReadOnlyList<string> Keywords)
{
    /// <summary>The DOI as an address, else <see cref="Url"/>: what styles print last.</summary>
    public string Link => Doi is { } doi ? $"https://doi.org/{doi}" : Url;

    public static Citation Of(Article article, string key, string pageUrl)
    {
        var matter = article.Matter;
        IReadOnlyList<CitedName> Credited(params AuthorRole[] roles) =>
            [.. article.Credits.Where(c => roles.Contains(c.Role)).Select(c => c.Person).Distinct().Select(p => CitedName.Of(p.Name))];
        return new Citation(
            key,
            TypeOf(matter),
            Credited(AuthorRole.Author, AuthorRole.Interviewee),
            Credited(AuthorRole.Interviewer),
            [.. matter.Editors.Select(CitedName.Of), .. Credited(AuthorRole.Editor)],
            Credited(AuthorRole.Translator),
            matter.Title,
            matter.ContainerTitle,
            // A chapter's book was published by original_publisher; publisher is then only where it is read (Cambridge
            // Core), which a reference to the book does not name.
            TypeOf(matter) == CitationType.Chapter ? matter.OriginalPublisher ?? matter.Publisher : matter.Publisher ?? matter.OriginalPublisher,
            TypeOf(matter) != CitationType.Chapter && matter.OriginalPublisher is { } original && original != matter.Publisher && matter.Publisher is not null ? original : null,
            matter.Date,
            matter.Volume,
            matter.Issue,
            matter.Pages,
            matter.Doi,
            Uri.TryCreate(matter.SourceUrl, UriKind.Absolute, out var source) && source.Scheme is "http" or "https" ? matter.SourceUrl! : pageUrl,
            matter.Captured,
            matter.Language,
            matter.Summary,
            [.. article.Themes.Select(t => t.Name)]);
    }

    private static CitationType TypeOf(ArticleFrontMatter matter) => matter.Kind.ToLowerInvariant() switch
    {
        "chapter" => CitationType.Chapter,
        "report" or "paper" => CitationType.Report,
        "interview" => CitationType.Interview,
        _ when matter.ContainerTitle is not null => CitationType.JournalArticle,
        _ => CitationType.WebPage,
    };
}
