namespace Reader.Site.Model;

/// <summary>What an <c>input/authors/</c> or <c>input/themes/</c> file adds to a term.</summary>
/// <param name="Path">The file, for diagnostics.</param>
/// <param name="Body">The Markdown body: an author's bio or a theme's longer description.</param>
/// <param name="Description">A theme's one-line description; null for authors.</param>
public sealed record TermProfile(
    string Path,
    string Body,
    string? Description,
    IReadOnlyList<string> Aliases,
    IReadOnlyList<string> Affiliations);
