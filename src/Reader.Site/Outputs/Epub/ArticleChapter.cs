namespace Reader.Site.Outputs.Epub;

/// <summary>
/// An article's chapter and the images it shows: deflated when it links to no article (the same bytes in every book),
/// else with its links to articles still as markers (<see cref="XhtmlBody.ArticleLinkScheme"/>), which each book resolves.
/// </summary>
public sealed record ArticleChapter(string? Xhtml, DeflatedFile? Deflated, IReadOnlyList<string> Images);
