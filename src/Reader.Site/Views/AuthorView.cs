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
    string FeedUrl,
    string JsonFeedUrl,
    PagerView? Pager)
{
    /// <summary>What the person file of an author who is also in <c>input/people/</c> says of them: the two share this page.</summary>
    public PersonFactsView? Facts { get; init; }

    /// <summary>Where other articles mention the author, when they are also in <c>input/people/</c>.</summary>
    public MentionsView? Mentions { get; init; }
}
