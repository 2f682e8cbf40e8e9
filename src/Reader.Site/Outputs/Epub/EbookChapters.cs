using System.Collections.Concurrent;

namespace Reader.Site.Outputs.Epub;

/// <summary>
/// The chapters an incremental session's books were made of, by article slug, each with the key it was made for (the
/// article's stamp and the site's words), so a build after one edit renders one chapter again, not every one.
/// </summary>
public sealed class EbookChapters
{
    private readonly ConcurrentDictionary<string, (string Key, ArticleChapter Chapter)> _chapters = new(StringComparer.Ordinal);

    public ArticleChapter? Get(string slug, string key) =>
        _chapters.TryGetValue(slug, out var kept) && string.Equals(kept.Key, key, StringComparison.Ordinal) ? kept.Chapter : null;

    public void Set(string slug, string key, ArticleChapter chapter) => _chapters[slug] = (key, chapter);

    /// <summary>Forgets articles that are gone, so a long session does not keep them.</summary>
    public void Retain(IEnumerable<string> slugs)
    {
        var keep = slugs.ToHashSet(StringComparer.Ordinal);
        foreach (var slug in _chapters.Keys.Where(s => !keep.Contains(s)))
        {
            _chapters.TryRemove(slug, out _);
        }
    }
}
