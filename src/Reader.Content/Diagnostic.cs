namespace Reader.Content;

public enum Severity
{
    Warning,
    Error,
}

/// <summary>
/// One problem found in a file, printed as <c>path:line:column: error: message (hint)</c>
/// so editors and CI annotations can jump straight to it.
/// </summary>
public sealed record Diagnostic(Severity Severity, string Path, int? Line, int? Column, string Message, string? Hint = null)
{
    public static Diagnostic Error(string path, int? line, string message, string? hint = null, int? column = null) =>
        new(Severity.Error, path, line, column, message, hint);

    public static Diagnostic Warning(string path, int? line, string message, string? hint = null, int? column = null) =>
        new(Severity.Warning, path, line, column, message, hint);

    public bool IsError => Severity == Severity.Error;

    public override string ToString()
    {
        var location = Line is { } line ? $"{Path}:{line}:{Column ?? 1}" : Path;
        var severity = IsError ? "error" : "warning";
        return Hint is null ? $"{location}: {severity}: {Message}" : $"{location}: {severity}: {Message} ({Hint})";
    }
}
