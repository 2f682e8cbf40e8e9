using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Reader.Site.Model;
using Reader.Site.Text;
using MarkdownAst = Markdig.Syntax.MarkdownDocument;

namespace Reader.Site.Incremental;

/// <summary>
/// Rendered bodies, reused while an article's Markdown, the people its text may link to and its own credits
/// are unchanged. Rendering changes the parsed document (heading ids, author links), so a document already
/// rendered once is parsed again from its Markdown before being rendered a second time.
/// </summary>
public sealed class ArticleBodyCache
{
    private readonly ConcurrentDictionary<string, Entry> _entries = new(StringComparer.Ordinal);
    private readonly ConditionalWeakTable<MarkdownAst, object> _rendered = [];
    private int _renderedCount;

    /// <summary>Bodies rendered by the last build (the others came from the cache).</summary>
    public int RenderedCount => _renderedCount;

    public ArticleBody? Find(Article article, string linksKey) =>
        _entries.TryGetValue(article.Slug, out var entry) && entry.LinksKey == linksKey && string.Equals(entry.Markdown, article.Markdown, StringComparison.Ordinal)
            ? entry.Body
            : null;

    /// <summary>The article's document if it was never rendered, else a fresh parse of its Markdown.</summary>
    public MarkdownAst FreshDocument(Article article)
    {
        Interlocked.Increment(ref _renderedCount);
        return _rendered.TryAdd(article.Document, new object()) ? article.Document : ArticleMarkdown.Parse(article.Markdown);
    }

    public void Store(Article article, string linksKey, ArticleBody body) =>
        _entries[article.Slug] = new Entry(article.Markdown, linksKey, body);

    public void BeginBuild() => _renderedCount = 0;

    public void Retain(IEnumerable<string> slugs)
    {
        var keep = slugs.ToHashSet(StringComparer.Ordinal);
        foreach (var slug in _entries.Keys.Where(s => !keep.Contains(s)))
        {
            _entries.TryRemove(slug, out _);
        }
    }

    private sealed record Entry(string Markdown, string LinksKey, ArticleBody Body);
}
