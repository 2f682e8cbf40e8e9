namespace Reader.Site.Views;

public sealed record AuthorView(
    string Name,
    IReadOnlyList<string> Affiliations,
    string? BioHtml,
    string CountText,
    IReadOnlyList<ArticleCardView> Articles,
    IReadOnlyList<TermCountView> Themes,
    IReadOnlyList<LinkView> CoAuthors,
    IReadOnlyList<LinkView> InterviewedBy,
    IReadOnlyList<LinkView> Interviewed,
    string FeedUrl,
    PagerView? Pager);
