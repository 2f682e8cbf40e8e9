namespace Reader.Site.Views;

/// <param name="EpubUrl">The theme's e-book; null for a theme with no articles, which has none.</param>
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
    PagerView? Pager);
