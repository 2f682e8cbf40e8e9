namespace Reader.Site.Views;

public sealed record HomeView(
    string Title,
    string? IntroductionHtml,
    IReadOnlyList<ArticleCardView> Latest,
    string ArchiveUrl,
    string ArchiveLinkText,
    IReadOnlyList<TermCountView> Themes,
    IReadOnlyList<TermCountView> Authors,
    LinkView? AllThemes,
    LinkView? AllAuthors);
