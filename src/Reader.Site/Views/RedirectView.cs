namespace Reader.Site.Views;

/// <summary>A renamed article's old address: where it went, in words and as a link.</summary>
/// <param name="TargetLanguage">The article's language, for its title in the link.</param>
public sealed record RedirectView(string Title, string Text, string TargetTitle, string TargetUrl, string TargetLanguage);
