namespace Reader.Site.Views;

/// <summary>An article that mentions a person, with the sentences that do.</summary>
public sealed record MentioningArticleView(ArticleCardView Card, string CountText, IReadOnlyList<SnippetView> Snippets);
