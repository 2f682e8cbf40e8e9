using System.Collections.Concurrent;
using System.Text;

namespace Reader.Site.Outputs.Epub;

/// <summary>
/// An article's chapter, deflated, with its links to articles still as markers (<see cref="XhtmlBody.ArticleLinkScheme"/>),
/// and the images it shows. A book resolves each marker to its own chapter of that article or to the site, so the
/// chapter's bytes depend only on which of the articles it links to the book holds: each such variant is made and
/// deflated once (the collection's book, holding every article, shares one with every other), not once per book.
/// </summary>
/// <param name="Linked">The articles the chapter links to, by slug, in ordinal order.</param>
public sealed class ArticleChapter(DeflatedFile marked, IReadOnlyList<string> linked, IReadOnlyList<string> images)
{
    private readonly ConcurrentDictionary<string, DeflatedFile> _variants = new(StringComparer.Ordinal);

    public IReadOnlyList<string> Images => images;

    public IReadOnlyList<string> Linked => linked;

    /// <summary>The chapter in a book that holds <paramref name="inBook"/>.</summary>
    /// <param name="resolve">Rewrites the markers of the chapter's XHTML, given the linked articles the book holds.</param>
    public DeflatedFile For(IReadOnlySet<string> inBook, Func<string, IReadOnlySet<string>, string> resolve)
    {
        if (linked.Count == 0)
        {
            return marked;
        }

        var held = linked.Where(inBook.Contains).ToList();
        return _variants.GetOrAdd(string.Join('\n', held), _ =>
            DeflatedFile.Of(Encoding.UTF8.GetBytes(resolve(Encoding.UTF8.GetString(marked.Inflate()), held.ToHashSet(StringComparer.Ordinal)))));
    }
}
