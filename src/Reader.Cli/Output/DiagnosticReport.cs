using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Reader.Content;

namespace Reader.Cli.Output;

/// <summary>Writes a list of diagnostics as text, JSON or GitHub Actions workflow commands.</summary>
public static class DiagnosticReport
{
    private static readonly JsonWriterOptions Json = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Summary(IReadOnlyList<Diagnostic> diagnostics)
    {
        var errors = diagnostics.Count(d => d.IsError);
        var warnings = diagnostics.Count - errors;
        var files = diagnostics.Select(d => d.Path).Distinct().Count();
        return diagnostics.Count == 0
            ? "check: no problems found"
            : $"check: {errors} error{(errors == 1 ? "" : "s")}, {warnings} warning{(warnings == 1 ? "" : "s")} in {files} file{(files == 1 ? "" : "s")}";
    }

    /// <summary>The diagnostics as JSON, written field by field: a build compiled ahead of time has no serialiser for anonymous types.</summary>
    public static string ToJson(IReadOnlyList<Diagnostic> diagnostics)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, Json))
        {
            json.WriteStartObject();
            json.WriteNumber("errors", diagnostics.Count(d => d.IsError));
            json.WriteNumber("warnings", diagnostics.Count(d => !d.IsError));
            json.WriteStartArray("diagnostics");
            foreach (var d in diagnostics)
            {
                json.WriteStartObject();
                json.WriteString("path", d.Path);
                WriteNumberOrNull(json, "line", d.Line);
                WriteNumberOrNull(json, "column", d.Column);
                json.WriteString("severity", d.IsError ? "error" : "warning");
                json.WriteString("message", d.Message);
                json.WriteString("hint", d.Hint);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }

    /// <summary>A workflow command that GitHub shows as an annotation on the pull request's file and line.</summary>
    public static string ToGitHubAnnotation(Diagnostic diagnostic)
    {
        var location = $"file={Escape(diagnostic.Path, true)}";
        if (diagnostic.Line is { } line)
        {
            location += $",line={line},col={diagnostic.Column ?? 1}";
        }

        var message = diagnostic.Hint is null ? diagnostic.Message : $"{diagnostic.Message} ({diagnostic.Hint})";
        return $"::{(diagnostic.IsError ? "error" : "warning")} {location},title=reader check::{Escape(message, false)}";
    }

    // GitHub's workflow-command escaping: properties also escape ':' and ','.
    private static string Escape(string text, bool property)
    {
        var escaped = text.Replace("%", "%25", StringComparison.Ordinal).Replace("\r", "%0D", StringComparison.Ordinal).Replace("\n", "%0A", StringComparison.Ordinal);
        return property ? escaped.Replace(":", "%3A", StringComparison.Ordinal).Replace(",", "%2C", StringComparison.Ordinal) : escaped;
    }

    private static void WriteNumberOrNull(Utf8JsonWriter json, string name, int? value)
    {
        if (value is { } number)
        {
            json.WriteNumber(name, number);
        }
        else
        {
            json.WriteNull(name);
        }
    }
}
