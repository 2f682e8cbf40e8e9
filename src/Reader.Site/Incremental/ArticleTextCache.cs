using System.Collections.Concurrent;
using Reader.Site.Model;
using Reader.Site.Text;

namespace Reader.Site.Incremental;

/// <summary>
/// Each article's <see cref="ArticleAnalysis"/>, reused while its title, summary, Markdown, credits and the names
/// looked for are unchanged, so an
/// edit re-reads one body, not all of them. The word numbers of the cached texts come from <see cref="Vocabulary"/>,
/// which therefore lives as long as the cache.
/// </summary>
/// <param name="remember">False for a single build: texts are analysed and handed out, never kept.</param>
public sealed class ArticleTextCache(bool remember)
{
    private readonly ConcurrentDictionary<string, Entry> _entries = new(StringComparer.Ordinal);
    private int _analysed;

    public Vocabulary Vocabulary { get; } = new();

    /// <summary>Bodies read since <see cref="BeginBuild"/> (the others came from the cache).</summary>
    public int Analysed => _analysed;

    public void BeginBuild() => _analysed = 0;

    /// <param name="bodies">The build's body renderer: a body analysed now is rendered from the same parse.</param>
    public ArticleAnalysis Get(Article article, ArticleBodyRenderer? bodies = null)
    {
        if (_entries.TryGetValue(article.Slug, out var entry)
            && entry.Markdown.AsSpan().SequenceEqual(article.MarkdownUtf8)
            && string.Equals(entry.Title, article.Title, StringComparison.Ordinal)
            && string.Equals(entry.Summary, article.Matter.Summary, StringComparison.Ordinal)
            && string.Equals(entry.Mentions, bodies?.MentionsKey, StringComparison.Ordinal)
            && string.Equals(entry.Credited, Credited(article), StringComparison.Ordinal))
        {
            return entry.Analysis;
        }

        Interlocked.Increment(ref _analysed);
        var analysis = ArticleAnalyser.Analyse(article, Vocabulary, bodies);
        if (remember)
        {
            _entries[article.Slug] = new Entry(article.Title, article.Matter.Summary, article.MarkdownUtf8, bodies?.MentionsKey, Credited(article), analysis);
        }

        return analysis;
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

    /// <param name="Mentions">The names the body was read for (<see cref="ArticleBodyRenderer.MentionsKey"/>).</param>
    /// <param name="Credited">Who is credited, and so not counted as mentioned.</param>
    private sealed record Entry(string Title, string? Summary, byte[] Markdown, string? Mentions, string Credited, ArticleAnalysis Analysis);

    private static string Credited(Article article) => string.Join('\n', ArticleBodyRenderer.Credited(article).Order(StringComparer.Ordinal));
}
