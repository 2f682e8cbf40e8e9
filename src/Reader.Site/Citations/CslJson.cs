using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Reader.Site.Citations;

/// <summary>
/// CSL-JSON (the Citation Style Language's data, which Zotero, Pandoc and citeproc read): an array of items, each
/// with an <c>id</c> and a <c>type</c>, names as <c>family</c>/<c>given</c> or <c>literal</c>, dates as <c>date-parts</c>.
/// Written field by field: a build compiled ahead of time has no serialiser for these types.
/// </summary>
public static class CslJson
{
    private static readonly JsonWriterOptions Options = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Write(IEnumerable<Citation> citations)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, Options))
        {
            json.WriteStartArray();
            foreach (var c in citations)
            {
                Item(json, c);
            }

            json.WriteEndArray();
        }

        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }

    public static string TypeOf(CitationType type) => type switch
    {
        CitationType.Chapter => "chapter",
        CitationType.Report => "report",
        CitationType.JournalArticle => "article-journal",
        CitationType.Interview => "interview",
        _ => "webpage",
    };

    private static void Item(Utf8JsonWriter json, Citation c)
    {
        json.WriteStartObject();
        json.WriteString("id", c.Key);
        json.WriteString("type", TypeOf(c.Type));
        json.WriteString("title", c.Title);
        Names(json, "author", c.Authors);
        Names(json, "interviewer", c.Interviewers);
        Names(json, "editor", c.Editors);
        Names(json, "translator", c.Translators);
        Text(json, "container-title", c.ContainerTitle);
        Text(json, "publisher", c.Publisher);
        Text(json, "original-publisher", c.OriginalPublisher);
        Date(json, "issued", c.Date);
        Date(json, "accessed", c.Accessed);
        Text(json, "volume", c.Volume);
        Text(json, "issue", c.Issue);
        Text(json, "page", c.Pages);
        Text(json, "DOI", c.Doi);
        Text(json, "URL", c.Url);
        Text(json, "language", c.Language);
        Text(json, "abstract", c.Abstract);
        Text(json, "keyword", c.Keywords.Count == 0 ? null : string.Join(", ", c.Keywords));
        json.WriteEndObject();
    }

    private static void Names(Utf8JsonWriter json, string role, IReadOnlyList<CitedName> names)
    {
        if (names.Count == 0)
        {
            return;
        }

        json.WriteStartArray(role);
        foreach (var name in names)
        {
            json.WriteStartObject();
            if (name.Literal is { } literal)
            {
                json.WriteString("literal", literal);
            }
            else
            {
                json.WriteString("family", name.Family);
                json.WriteString("given", name.Given);
            }

            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static void Date(Utf8JsonWriter json, string name, DateOnly? date)
    {
        if (date is not { } d)
        {
            return;
        }

        json.WriteStartObject(name);
        json.WriteStartArray("date-parts");
        json.WriteStartArray();
        json.WriteNumberValue(d.Year);
        json.WriteNumberValue(d.Month);
        json.WriteNumberValue(d.Day);
        json.WriteEndArray();
        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void Text(Utf8JsonWriter json, string name, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value))
        {
            json.WriteString(name, value);
        }
    }
}
