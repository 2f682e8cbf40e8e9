namespace Reader.Site.Text;

/// <summary>One section (h2) of an article, for its table of contents.</summary>
/// <param name="Language">The language of the passage the heading stands in (<c>&lt;div lang="ru"&gt;</c>), when it has one.</param>
public sealed record TocEntry(string Id, string Text, string? Language = null);
