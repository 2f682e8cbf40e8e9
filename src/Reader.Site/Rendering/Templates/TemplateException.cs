namespace Reader.Site.Rendering.Templates;

/// <summary>A template that cannot be parsed or rendered, with where in the file and what to do.</summary>
public sealed class TemplateException(int line, int column, string message, string hint) : Exception(message)
{
    public int Line => line;

    public int Column => column;

    public string Hint => hint;

    /// <summary>The template file the error is in, once known: a page's error may come from its layout or a partial.</summary>
    public string? TemplateFile { get; init; }
}
