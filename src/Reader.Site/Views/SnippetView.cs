namespace Reader.Site.Views;

/// <summary>A sentence quoted from an article, linked to its paragraph.</summary>
/// <param name="Language">The article's language where it differs from the site's.</param>
public sealed record SnippetView(string Text, string Url, string? Language);
