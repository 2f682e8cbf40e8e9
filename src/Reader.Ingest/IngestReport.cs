using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Reader.Ingest;

/// <summary>The JSON audit of an ingest run, written outside <c>input/</c>. It holds no timestamps, so unchanged seeds give the same file.</summary>
public static class IngestReport
{
    private static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower) },
    };

    public static string ToJson(IngestResult result)
    {
        var report = new
        {
            seeds = result.Seeds.Select(s => new
            {
                s.Source,
                s.Status,
                article = s.ArticlePath,
                s.Authors,
                themes = s.Themes.Where(t => t.Score > 0).Select(t => new { theme = t.Slug, t.Score, t.Assigned }),
                kept = s.Cleaning is { } c ? new { lines = c.LinesKept, characters = c.CharactersKept } : null,
                removed = s.Cleaning is { } r ? new { lines = r.LinesRemoved, characters = r.CharactersRemoved } : null,
                rules = s.Cleaning?.Removals,
                warnings = s.Cleaning?.Warnings ?? [],
            }),
            authors_created = result.AuthorFilesCreated,
            diagnostics = result.Diagnostics.Select(d => d.ToString()),
        };
        return JsonSerializer.Serialize(report, Options) + "\n";
    }
}
