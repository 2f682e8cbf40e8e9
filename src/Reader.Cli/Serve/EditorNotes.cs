using Reader.Content;

namespace Reader.Cli.Serve;

/// <summary>
/// What an editor should know about an article page while previewing it, and a reader never sees: its title was
/// made by ingest and nobody has read it yet (<c>title_derived: true</c>). Read from the article's file when the page
/// is served, so it is always current and never written to the output.
/// </summary>
public static class EditorNotes
{
    /// <param name="page">The served file, relative to the output folder with '/' separators ("articles/x/index.html").</param>
    public static IReadOnlyList<string> For(string inputDirectory, string page)
    {
        var parts = page.Split('/');
        if (parts is not ["articles", var slug, "index.html"] || slug.Length == 0 || slug.Contains('.', StringComparison.Ordinal))
        {
            return [];
        }

        var path = Path.Combine(inputDirectory, "articles", slug + ".md");
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return [];
        }

        var article = FrontMatterReader.ReadArticle(path, text, new DiagnosticBag());
        return article?.FrontMatter.TitleDerived == DerivedTitle.Unreviewed
            ? [$"For editors: ingest made this title, \"{article.FrontMatter.Title}\", from the page's text, which states none. Read it against the source, correct it if needed, then write title_derived: reviewed in its front matter. Readers of the built site do not see this note."]
            : [];
    }
}
