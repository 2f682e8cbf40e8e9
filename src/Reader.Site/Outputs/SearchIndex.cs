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
    public const int ArticlesPerShard = 500;

    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The articles of each shard, in the site's order (newest first).</summary>
    public static IReadOnlyList<IReadOnlyList<Article>> Shards(IReadOnlyList<Article> articles) =>
        [.. articles.Chunk(ArticlesPerShard).Select(chunk => (IReadOnlyList<Article>)chunk)];

    /// <summary><c>{"articles": N, "shards": [urls]}</c>.</summary>
    public static string Manifest(SiteUrls urls, int articleCount) => Json(writer =>
    {
        writer.WriteStartObject();
        writer.WriteNumber("articles", articleCount);
        writer.WriteStartArray("shards");
        for (var i = 0; i * ArticlesPerShard < articleCount; i++)
        {
            writer.WriteStringValue(urls.SearchShard(i));
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    });

    /// <summary>One shard: an array of <see cref="SearchEntry"/> objects in camel case.</summary>
    public static string Shard(ViewContext context, IReadOnlyList<Article> articles) => Json(writer =>
    {
        writer.WriteStartArray();
        foreach (var article in articles)
        {
            var entry = Entry(context, article);
            writer.WriteStartObject();
            writer.WriteString("url", entry.Url);
            writer.WriteString("title", entry.Title);
            writer.WriteString("people", entry.People);
            writer.WriteString("themes", entry.Themes);
            writer.WriteString("date", entry.Date);
            writer.WriteString("language", entry.Language);
            writer.WriteString("text", context.Text(article).SearchText);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    });

    /// <summary>Everything a shard is made from, for <see cref="Incremental.OutputState"/>.</summary>
    public static object Inputs(ViewContext context, IReadOnlyList<Article> articles) =>
        articles.Select(a => new { Entry = Entry(context, a), context.Text(a).SearchKey });

    private static SearchEntry Entry(ViewContext context, Article article) => new(
        context.ArticleUrl(article),
        article.Title,
        context.Card(article).People,
        string.Join(", ", article.Themes.Select(t => t.Name)),
        Formatting.DateText(article.Date),
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
