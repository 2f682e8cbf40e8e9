using System.Collections.Concurrent;
using Reader.Content;
using Reader.Site.Model;
using Reader.Site.Text;
using Reader.Site.Views;

namespace Reader.Site.Incremental;

/// <summary>
/// What a build derives from one article: its card, its two stamps and its page's stamp. An incremental session
/// keeps them from build to build and reuses them while the article's front matter and text are the same objects
/// (files that did not change are not parsed again) and its people, themes and the site's mention links have the
/// same stamps; so a build after one edit makes one card and stamps one article, not every one.
/// </summary>
public sealed class ArticleMemo
{
    private readonly ConcurrentDictionary<string, Entry> _entries = new(StringComparer.Ordinal);

    /// <param name="mentionsKey">The build's <see cref="ArticleBodyRenderer.MentionsKey"/>.</param>
    /// <param name="context">
    /// Everything else the card and stamps read (see <see cref="Stamps.Context"/>): worked out only when the
    /// article's credits and themes are not the very lists of the last build, as they are in a patched site.
    /// </param>
    public Entry For(Article article, ArticleText text, string mentionsKey, Func<Article, string> context)
    {
        if (_entries.TryGetValue(article.Slug, out var entry)
            && ReferenceEquals(entry.Matter, article.Matter)
            && ReferenceEquals(entry.Text, text))
        {
            if (entry.Resolved == (article.Credits, article.Themes, mentionsKey))
            {
                return entry;
            }

            if (string.Equals(entry.Context, context(article), StringComparison.Ordinal))
            {
                entry.Resolved = (article.Credits, article.Themes, mentionsKey);
                return entry;
            }
        }

        return _entries[article.Slug] = new Entry(article.Matter, text, context(article)) { Resolved = (article.Credits, article.Themes, mentionsKey) };
    }

    /// <summary>Forgets articles that are gone, so a long session does not keep them.</summary>
    public void Retain(IEnumerable<string> slugs)
    {
        var keep = slugs.ToHashSet(StringComparer.Ordinal);
        foreach (var slug in _entries.Keys.Where(s => !keep.Contains(s)))
        {
            _entries.TryRemove(slug, out _);
        }
    }

    /// <summary>One article's derived values, each computed on first use; racing threads compute the same value.</summary>
    public sealed class Entry(ArticleFrontMatter matter, ArticleText text, string context)
    {
        public ArticleFrontMatter Matter => matter;

        public ArticleText Text => text;

        public string Context => context;

        /// <summary>The credit and theme lists the context was last found for (the same lists hold the same people and themes), and the mentions key.</summary>
        public (IReadOnlyList<ArticleCredit>, IReadOnlyList<Term>, string)? Resolved { get; set; }

        public ArticleCardView? Card { get; set; }

        public string? Stamp { get; set; }

        public string? Listing { get; set; }

        /// <summary>The stamp of the article's page and the stamps it was made from (its own, its neighbours', its related articles').</summary>
        public (string[] Parts, string Stamp)? Page { get; set; }
    }
}
