using System.Buffers;
using System.Globalization;
using System.IO.Hashing;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Reader.Site.Model;
using Reader.Site.Views;

namespace Reader.Site.Outputs;

/// <summary>
/// The client-side search index, made so that a query downloads only what it needs, whatever the size of the
/// collection: a small manifest of keys; the term shards, each holding the tokens that begin with its key and the
/// articles that hold them (a key that would grow past <see cref="ShardBytes"/> is split by the next letter); and
/// the article shards, <see cref="ArticlesPerShard"/> articles' titles, names, dates and openings each, fetched
/// only for the results shown. A query of two words reads the manifest, a shard or two per word and the article
/// shards of the first results.
/// </summary>
public static class SearchIndex
{
    public const int ArticlesPerShard = 100;

    /// <summary>About this many bytes of tokens and postings make a term shard before it is split.</summary>
    public const int ShardBytes = 24 * 1024;

    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>A term shard: its key, and its tokens by number, sorted by their text.</summary>
    public sealed record TermShard(string Key, IReadOnlyList<int> Tokens);

    /// <summary>The articles of each article shard: ranges of the site's article order (newest first).</summary>
    public static IReadOnlyList<Range> ArticleShards(int articleCount) =>
        [.. Enumerable.Range(0, (articleCount + ArticlesPerShard - 1) / ArticlesPerShard).Select(i => new Range(i * ArticlesPerShard, Math.Min(articleCount, (i + 1) * ArticlesPerShard)))];

    /// <summary>Groups the tokens into shards by their first letters: one letter, or more where one would be too large.</summary>
    public static IReadOnlyList<TermShard> TermShards(SearchPostings postings, Vocabulary vocabulary)
    {
        var tokens = postings.Tokens.Select(id => (Id: id, Word: vocabulary.Word(id))).OrderBy(t => t.Word, StringComparer.Ordinal).ToList();
        var shards = new List<TermShard>();
        foreach (var group in tokens.GroupBy(t => t.Word[..1]))
        {
            Split(group.Key, [.. group], postings, shards);
        }

        return shards;
    }

    private static void Split(string key, List<(int Id, string Word)> tokens, SearchPostings postings, List<TermShard> shards)
    {
        var size = tokens.Sum(t => t.Word.Length + 4 + (postings.Count(t.Id) * 4));
        if (size <= ShardBytes || tokens.All(t => t.Word.Length == key.Length))
        {
            shards.Add(new TermShard(key, [.. tokens.Select(t => t.Id)]));
            return;
        }

        // The token that is the key itself stays with the key; the others go by their next letter.
        var own = tokens.Where(t => t.Word.Length == key.Length).ToList();
        if (own.Count > 0)
        {
            shards.Add(new TermShard(key, [.. own.Select(t => t.Id)]));
        }

        foreach (var group in tokens.Where(t => t.Word.Length > key.Length).GroupBy(t => t.Word[..(key.Length + 1)]))
        {
            Split(group.Key, [.. group], postings, shards);
        }
    }

    /// <summary>A term shard's file name: its key's UTF-16 code units in hex, which the script computes the same way.</summary>
    public static string FileName(string key) =>
        string.Concat(key.Select(c => ((int)c).ToString("x4", CultureInfo.InvariantCulture)));

    /// <summary>
    /// <c>{"version": 2, "articles": N, "articlesPerShard": 100, "articles_url": …, "terms_url": …, "keys": [...]}</c>:
    /// what the script needs to find the shard of any word.
    /// </summary>
    public static string Manifest(SiteUrls urls, int articleCount, IEnumerable<TermShard> shards) => Json(writer =>
    {
        writer.WriteStartObject();
        writer.WriteNumber("version", 2);
        writer.WriteNumber("articles", articleCount);
        writer.WriteNumber("articlesPerShard", ArticlesPerShard);
        writer.WriteString("articleShards", urls.SearchArticles);
        writer.WriteString("termShards", urls.SearchTerms);
        writer.WriteStartArray("keys");
        foreach (var shard in shards)
        {
            writer.WriteStringValue(shard.Key);
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    });

    /// <summary>
    /// A term shard: <c>{"token": [postings], …}</c>, each token's articles as differences from the one before
    /// (small numbers), doubled, plus 1 where the token is in the title.
    /// </summary>
    public static ReadOnlyMemory<byte> Terms(TermShard shard, SearchPostings postings, Vocabulary vocabulary)
    {
        var buffer = new ArrayBufferWriter<byte>(ShardBytes * 2);
        using var writer = new Utf8JsonWriter(buffer, Options);
        writer.WriteStartObject();
        foreach (var id in shard.Tokens)
        {
            writer.WriteStartArray(vocabulary.Word(id));
            var previous = 0;
            foreach (var posting in postings.Of(id))
            {
                var article = posting >> 1;
                writer.WriteNumberValue(((article - previous) << 1) | (posting & 1));
                previous = article;
            }

            writer.WriteEndArray();
        }

        writer.WriteEndObject();
        writer.Flush();
        buffer.Write("\n"u8);
        return buffer.WrittenMemory;
    }

    /// <summary>What a term shard is made from, hashed: cheaper than writing it, so an unchanged shard costs no JSON.</summary>
    public static string TermsStamp(TermShard shard, SearchPostings postings, Vocabulary vocabulary)
    {
        var hash = new XxHash128();
        foreach (var id in shard.Tokens)
        {
            hash.Append(Encoding.UTF8.GetBytes(vocabulary.Word(id)));
            hash.Append(System.Runtime.InteropServices.MemoryMarshal.AsBytes(postings.Of(id)));
            hash.Append([0xff]);
        }

        return Convert.ToHexString(hash.GetCurrentHash());
    }

    /// <summary>An article shard: an array of <see cref="SearchEntry"/> objects in camel case.</summary>
    public static ReadOnlyMemory<byte> Articles(ViewContext context, Range shard)
    {
        var articles = context.Model.Articles;
        var (start, length) = shard.GetOffsetAndLength(articles.Count);
        var buffer = new ArrayBufferWriter<byte>(length * 512);
        using var writer = new Utf8JsonWriter(buffer, Options);
        writer.WriteStartArray();
        for (var i = start; i < start + length; i++)
        {
            var entry = Entry(context, articles[i]);
            writer.WriteStartObject();
            writer.WriteString("url", entry.Url);
            writer.WriteString("title", entry.Title);
            writer.WriteString("people", entry.People);
            writer.WriteString("date", entry.Date);
            writer.WriteString("language", entry.Language);
            writer.WriteString("text", entry.Text);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.Flush();
        buffer.Write("\n"u8);
        return buffer.WrittenMemory;
    }

    /// <summary>Everything an article shard is made from, for <see cref="Incremental.OutputState"/>.</summary>
    public static object ArticlesInputs(ViewContext context, Range shard) => context.Stamps.Of(context.Model.Articles.Take(shard));

    private static SearchEntry Entry(ViewContext context, Article article) => new(
        context.ArticleUrl(article),
        article.Title,
        context.Card(article).People,
        context.Words.Date(article.Date),
        article.Matter.Language,
        article.Matter.Summary is { } summary ? Formatting.Excerpt(summary, 280) : context.Text(article).Excerpt);

    private static string Json(Action<Utf8JsonWriter> write)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, Options))
        {
            write(writer);
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan) + "\n";
    }
}
