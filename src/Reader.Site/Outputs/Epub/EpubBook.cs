namespace Reader.Site.Outputs.Epub;

/// <summary>
/// What one EPUB holds: its metadata (Dublin Core, as the package document states it), its chapters in reading
/// order and the images they show. Made by <see cref="Ebooks"/>, written by <see cref="EpubPackage"/>.
/// </summary>
/// <param name="Identifier">The book's unique identifier: the address of the page it is the e-book of.</param>
/// <param name="Modified">
/// EPUB requires the time the book was last modified. A build must not stamp its own time (the bytes would change
/// on every build), so it is the newest date among the book's articles, or <see cref="UndatedModified"/>.
/// </param>
public sealed record EpubBook(
    string Identifier,
    string Title,
    string Language,
    IReadOnlyList<EpubCreator> Creators,
    string? Publisher,
    DateOnly? Date,
    string? Description,
    IReadOnlyList<string> Subjects,
    string? Source,
    DateOnly? Modified,
    string ContentsTitle,
    IReadOnlyList<EpubChapter> Chapters,
    IReadOnlyList<EpubResource> Resources)
{
    /// <summary>Stands for the modification time of a book whose articles are all undated: fixed, so builds stay identical.</summary>
    public static readonly DateOnly UndatedModified = new(2000, 1, 1);
}

/// <summary>A person credited on the book, with their MARC relator code (<c>aut</c>, <c>ive</c>, <c>ivr</c>, <c>edt</c>, <c>trl</c>).</summary>
/// <param name="IsContributor">Editors and translators are contributors (<c>dc:contributor</c>), the others creators.</param>
public sealed record EpubCreator(string Name, string Role, bool IsContributor);

/// <summary>One XHTML document of the book, with its sections for the table of contents.</summary>
/// <param name="FileName">The file under <c>text/</c>, e.g. <c>my-article.xhtml</c>.</param>
/// <param name="Xhtml">The document, deflated: a chapter in many books is compressed once.</param>
public sealed record EpubChapter(string FileName, string Title, string Language, DeflatedFile Xhtml, IReadOnlyList<Text.TocEntry> Sections);

/// <summary>An image a chapter shows, stored in the book at the path it has on the site (<c>images/map.jpg</c>, <c>assets/logo.png</c>).</summary>
public sealed record EpubResource(string FileName, string MediaType, byte[] Bytes);
