namespace Reader.Site.Text;

/// <summary>An article body rendered once, shared by its page and the feeds.</summary>
/// <param name="Html">What Markdig rendered: the only HTML built outside templates.</param>
public sealed record ArticleBody(string Html, IReadOnlyList<TocEntry> Sections);
