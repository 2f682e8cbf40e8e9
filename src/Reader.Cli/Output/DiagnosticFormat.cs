namespace Reader.Cli.Output;

/// <summary>How <c>reader check</c> prints its findings.</summary>
public enum DiagnosticFormat
{
    /// <summary><c>path:line:column: error: message (hint)</c>, one a line, then a count.</summary>
    Text,

    /// <summary>One JSON document on standard output, for tools.</summary>
    Json,
}
