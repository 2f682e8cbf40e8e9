using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Reader.Ingest;

/// <summary>
/// The JSON audit of an ingest run, written outside <c>input/</c>. It holds no timestamps, so unchanged seeds give
/// the same file. Written field by field: the serialiser's reflection cost every build 50 ms of start-up.
/// </summary>
public static class IngestReport
{
    private static readonly JsonWriterOptions Options = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string ToJson(IngestResult result)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, Options))
        {
            json.WriteStartObject();
            json.WriteStartArray("seeds");
            foreach (var seed in result.Seeds)
            {
                WriteSeed(json, seed);
            }

            json.WriteEndArray();
            WriteStrings(json, "authors_created", result.AuthorFilesCreated);
            json.WriteStartArray("people_candidates");
            foreach (var candidate in result.PersonCandidates)
            {
                json.WriteStartObject();
                json.WriteString("name", candidate.Name);
                json.WriteNumber("mentions", candidate.Mentions);
                WriteStrings(json, "articles", candidate.Articles);
                WriteStrings(json, "evidence", candidate.Evidence);
                json.WriteString("command", candidate.Command);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            WriteStrings(json, "diagnostics", result.Diagnostics.Select(d => d.ToString()));
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length) + "\n";
    }

    private static void WriteSeed(Utf8JsonWriter json, SeedOutcome seed)
    {
        json.WriteStartObject();
        json.WriteString("source", seed.Source);
        json.WriteString("status", seed.Status.ToString().ToLowerInvariant());
        json.WriteString("article", seed.ArticlePath);
        WriteStrings(json, "authors", seed.Authors);
        json.WriteStartArray("themes");
        foreach (var theme in seed.Themes.Where(t => t.Score > 0))
        {
            json.WriteStartObject();
            json.WriteString("theme", theme.Slug);
            json.WriteNumber("score", theme.Score);
            json.WriteBoolean("assigned", theme.Assigned);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        var cleaning = seed.Cleaning;
        WriteSize(json, "kept", cleaning?.LinesKept, cleaning?.CharactersKept);
        WriteSize(json, "removed", cleaning?.LinesRemoved, cleaning?.CharactersRemoved);
        if (cleaning is null)
        {
            json.WriteNull("rules");
        }
        else
        {
            json.WriteStartArray("rules");
            foreach (var removal in cleaning.Removals)
            {
                json.WriteStartObject();
                json.WriteString("rule", removal.Rule);
                json.WriteNumber("lines", removal.Lines);
                json.WriteNumber("characters", removal.Characters);
                WriteStrings(json, "samples", removal.Samples);
                json.WriteEndObject();
            }

            json.WriteEndArray();
        }

        WriteStrings(json, "warnings", cleaning?.Warnings ?? []);
        json.WriteEndObject();
    }

    private static void WriteSize(Utf8JsonWriter json, string name, int? lines, int? characters)
    {
        if (lines is null || characters is null)
        {
            json.WriteNull(name);
            return;
        }

        json.WriteStartObject(name);
        json.WriteNumber("lines", lines.Value);
        json.WriteNumber("characters", characters.Value);
        json.WriteEndObject();
    }

    private static void WriteStrings(Utf8JsonWriter json, string name, IEnumerable<string> values)
    {
        json.WriteStartArray(name);
        foreach (var value in values)
        {
            json.WriteStringValue(value);
        }

        json.WriteEndArray();
    }
}
