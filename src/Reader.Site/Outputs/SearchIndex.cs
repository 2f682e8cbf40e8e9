using System.Text.Encodings.Web;
using System.Text.Json;
using Reader.Site.Views;

namespace Reader.Site.Outputs;

/// <summary>The client-side search index: plain text of every article, fetched only when a reader starts searching.</summary>
public static class SearchIndex
{
    // Cyrillic and Japanese stay as UTF-8 rather than \u escapes: the file is a third smaller.
    private static readonly JsonSerializerOptions Options = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
    };

    public static string Write(ViewContext context)
    {
        var entries = context.Model.Articles.Select(a => new SearchEntry(
            context.ArticleUrl(a),
            a.Title,
            Bylines.Text(Bylines.Segments(a, context.Urls)),
            string.Join(", ", a.Themes.Select(t => t.Name)),
            Formatting.DateText(a.Date),
            a.Matter.Language,
            a.PlainText));
        return JsonSerializer.Serialize(entries, Options) + "\n";
    }
}
