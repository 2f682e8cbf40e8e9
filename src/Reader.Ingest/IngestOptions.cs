namespace Reader.Ingest;

/// <summary>Where ingest reads and writes. Paths in front matter and reports are relative to <paramref name="ProjectRoot"/>.</summary>
/// <param name="Force">Rewrite articles whose seeds are unchanged or changed, instead of keeping them (author files are still never rewritten).</param>
public sealed record IngestOptions(string ProjectRoot, string SeedsDirectory, string InputDirectory, bool Force = false)
{
    public string ArticlesDirectory => Path.Combine(InputDirectory, "articles");

    public string AuthorsDirectory => Path.Combine(InputDirectory, "authors");

    public string ThemesDirectory => Path.Combine(InputDirectory, "themes");

    public string PeopleDirectory => Path.Combine(InputDirectory, "people");

    public string Relative(string path) => Path.GetRelativePath(ProjectRoot, path).Replace('\\', '/');
}
