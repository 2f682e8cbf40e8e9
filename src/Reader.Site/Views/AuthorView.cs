namespace Reader.Site.Views;

/// <param name="ThemesHeading">"Writes on", "Interviewed on", or "Themes" for someone with several roles.</param>
public sealed record AuthorView(
    string Name,
    IReadOnlyList<string> Affiliations,
    string? BioHtml,
    string CountText,
    IReadOnlyList<ArticleCardView> Articles,
    IReadOnlyList<TermCountView> Themes,
    string ThemesHeading,
    IReadOnlyList<LinkView> CoAuthors,
    IReadOnlyList<LinkView> InterviewedBy,
    IReadOnlyList<LinkView> Interviewed,
    string FeedUrl);
