using System.Text.Encodings.Web;
using System.Text.Json;
using Reader.Site.Model;
using Reader.Site.Views;

namespace Reader.Site.Outputs;

/// <summary>
/// The client-side search index: the plain text of every article, fetched only when a reader starts searching.
/// It is split into shards of <see cref="ArticlesPerShard"/> articles listed by a small manifest: shards are
/// written in parallel, none has to be held whole in memory, and an edit rewrites only its own shard.
/// </summary>
public static class SearchIndex
{
    public const int ArticlesPerShard = 250;

    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The articles of each shard: ranges of the site's article order (newest first).</summary>
    public static IReadOnlyList<Range> Shards(int articleCount) =>
        [.. Enumerable.Range(0, (articleCount + ArticlesPerShard - 1) / ArticlesPerShard).Select(i => new Range(i * ArticlesPerShard, Math.Min(articleCount, (i + 1) * ArticlesPerShard)))];

    /// <summary><c>{"shards": [urls]}</c>.</summary>
    public static string Manifest(SiteUrls urls, int shardCount) => Json(writer =>
    {
        writer.WriteStartObject();
        writer.WriteStartArray("shards");
        for (var i = 0; i < shardCount; i++)
        {
            writer.WriteStringValue(urls.SearchShard(i));
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    });

    /// <summary>One shard: an array of <see cref="SearchEntry"/> objects in camel case, each with its text.</summary>
    /// <param name="searchTexts">Every article's search text (a quoted JSON string), in the site's order.</param>
    public static ReadOnlyMemory<byte> Shard(ViewContext context, Range shard, IReadOnlyList<byte[]> searchTexts)
    {
        var articles = context.Model.Articles;
        var (start, length) = shard.GetOffsetAndLength(articles.Count);

        // Sized for the texts plus their entries, so a shard of several megabytes is never copied to grow.
        var buffer = new System.Buffers.ArrayBufferWriter<byte>(searchTexts.Skip(start).Take(length).Sum(t => t.Length + 512) + 16);
        using var writer = new Utf8JsonWriter(buffer, Options);
        writer.WriteStartArray();
        for (var i = start; i < start + length; i++)
        {
            var entry = Entry(context, articles[i]);
            writer.WriteStartObject();
            writer.WriteString("url", entry.Url);
            writer.WriteString("title", entry.Title);
            writer.WriteString("people", entry.People);
            writer.WriteString("themes", entry.Themes);
            writer.WriteString("date", entry.Date);
            writer.WriteString("language", entry.Language);
            writer.WritePropertyName("text");
            writer.WriteRawValue(searchTexts[i], skipInputValidation: true);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.Flush();
        System.Buffers.BuffersExtensions.Write(buffer, "\n"u8);
        return buffer.WrittenMemory;
    }

    /// <summary>Everything a shard is made from, for <see cref="Incremental.OutputState"/>.</summary>
    public static object Inputs(ViewContext context, Range shard) => context.Stamps.Of(context.Model.Articles.Take(shard));

    private static SearchEntry Entry(ViewContext context, Article article) => new(
        context.ArticleUrl(article),
        article.Title,
        context.Card(article).People,
        string.Join(", ", article.Themes.Select(t => t.Name)),
        context.Words.Date(article.Date),
        article.Matter.Language);

    private static string Json(Action<Utf8JsonWriter> write)
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, Options))
        {
            write(writer);
        }

        return System.Text.Encoding.UTF8.GetString(buffer.WrittenSpan) + "\n";
    }
}
