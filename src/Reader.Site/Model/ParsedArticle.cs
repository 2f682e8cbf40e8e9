using Reader.Content;

namespace Reader.Site.Model;

/// <summary>An article file as parsed, before it is resolved against people and themes.</summary>
/// <param name="Head">The file up to its body: its front matter, to find the line of a problem and to tell whether only the body changed.</param>
/// <param name="Markdown">The body in UTF-8 (see <see cref="Article.MarkdownUtf8"/>).</param>
/// <param name="BodyLine">The file's line where the body starts.</param>
internal sealed record ParsedArticle(InputFile File, string Head, ArticleFrontMatter Matter, byte[] Markdown, int BodyLine);
