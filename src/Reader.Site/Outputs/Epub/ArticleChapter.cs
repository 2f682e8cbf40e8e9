using System.Buffers;
using System.Collections.Concurrent;

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
    /// <param name="href">Where a link to an article leads, given its slug and whether the book holds it.</param>
    public DeflatedFile For(IReadOnlySet<string> inBook, Func<string, bool, string> href)
    {
        if (linked.Count == 0)
        {
            return marked;
        }

        var held = linked.Where(inBook.Contains).ToList();
        return _variants.GetOrAdd(string.Join('\n', held), _ => Resolve(held.ToHashSet(StringComparer.Ordinal), href));
    }

    private DeflatedFile Resolve(HashSet<string> held, Func<string, bool, string> href)
    {
        var xhtml = ArrayPool<byte>.Shared.Rent(marked.Length);
        using var resolved = new PooledStream(marked.Length + 1024);
        try
        {
            marked.Inflate(xhtml);
            ArticleLinkMarkers.Resolve(xhtml.AsSpan(0, marked.Length), slug => href(slug, held.Contains(slug)), resolved);
            return DeflatedFile.Of(resolved.Written);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(xhtml);
        }
    }
}
