namespace Reader.Site.Views;

/// <param name="EpubUrl">The theme's e-book; null for a theme with no articles, which has none.</param>
/// <param name="TimelineUrl">The theme's timeline, on its first page (the one whose stamp holds every article), when one of its articles is dated, so it surely has one.</param>
public sealed record ThemeView(
    string Title,
    string? Description,
    string? BodyHtml,
    string CountText,
    IReadOnlyList<ArticleCardView> Articles,
    IReadOnlyList<TermCountView> RelatedThemes,
    IReadOnlyList<TermCountView> Authors,
    string? MoreAuthors,
    string FeedUrl,
    string JsonFeedUrl,
    string? EpubUrl,
    string? TimelineUrl,
    PagerView? Pager);
