namespace Reader.Content;

/// <summary>A Markdown file of <c>input/</c> read into typed front matter and its body.</summary>
/// <param name="Path">The path as given to the reader, used in diagnostics.</param>
/// <param name="BodyLine">The 1-based line of the file where the body starts, to map body positions to file lines.</param>
public sealed record ContentFile<T>(string Path, T FrontMatter, string Body, int BodyLine);
