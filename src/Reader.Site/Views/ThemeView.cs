namespace Reader.Site.Views;

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
    string EpubUrl,
    PagerView? Pager);
