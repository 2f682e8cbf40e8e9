using System.Text.Encodings.Web;
using System.Text.Json;
using Reader.Content;

namespace Reader.Cli.Output;

/// <summary>Writes a list of diagnostics as text, JSON or GitHub Actions workflow commands.</summary>
public static class DiagnosticReport
{
    private static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string Summary(IReadOnlyList<Diagnostic> diagnostics)
    {
        var errors = diagnostics.Count(d => d.IsError);
        var warnings = diagnostics.Count - errors;
        var files = diagnostics.Select(d => d.Path).Distinct().Count();
        return diagnostics.Count == 0
            ? "check: no problems found"
            : $"check: {errors} error{(errors == 1 ? "" : "s")}, {warnings} warning{(warnings == 1 ? "" : "s")} in {files} file{(files == 1 ? "" : "s")}";
    }

    public static string ToJson(IReadOnlyList<Diagnostic> diagnostics) => JsonSerializer.Serialize(new
    {
        errors = diagnostics.Count(d => d.IsError),
        warnings = diagnostics.Count(d => !d.IsError),
        diagnostics = diagnostics.Select(d => new
        {
            d.Path,
            d.Line,
            d.Column,
            severity = d.IsError ? "error" : "warning",
            d.Message,
            d.Hint,
        }),
    }, Json) + "\n";

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
}
