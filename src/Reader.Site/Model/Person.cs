using Reader.Content;

namespace Reader.Site.Model;

/// <summary>
/// Someone the articles are about, from a file in <c>input/people/</c>. Articles that mention them are found in the
/// text when the site is built (<see cref="Text.PassageReader"/>), not written in front matter.
/// </summary>
/// <param name="Key">Who this is: the key of the author they are, when an author file or credit names them too, else of their name.</param>
/// <param name="Aliases">Other names as the file writes them, without the star that marks a prefix.</param>
/// <param name="Spellings">What is looked for in the text: the name and every alias.</param>
/// <param name="Author">The author they also are: the two share one page, the author's, whose URL is already published.</param>
public sealed record Person(
    string Key,
    string Slug,
    string Name,
    string Path,
    string? Description,
    PartialDate? Born,
    PartialDate? Died,
    IReadOnlyList<string> InOffice,
    IReadOnlyList<string> Aliases,
    IReadOnlyList<NameSpelling> Spellings,
    string Body,
    Term? Author);
