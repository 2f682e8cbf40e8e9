namespace Reader.Site.Text;

/// <summary>A link or image written in an article's Markdown, with where it is: what the build checks leads somewhere.</summary>
/// <param name="Line">0-based line within the body, as Markdig counts.</param>
/// <param name="Column">0-based column on that line.</param>
public sealed record BodyLink(string Url, bool IsImage, int Line, int Column);
