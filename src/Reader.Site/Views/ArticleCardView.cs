namespace Reader.Site.Views;

/// <summary>An article in a list: enough to choose what to read.</summary>
/// <param name="Language">Set only when it differs from the site's, so the title gets a <c>lang</c>.</param>
/// <param name="Role">The listed person's role, on author pages when it is not plain authorship.</param>
public sealed record ArticleCardView(
    string Title,
    string Url,
    string? Subtitle,
    string DateText,
    string? DateIso,
    string? People,
    string? Summary,
    string? Language,
    string? Role);
