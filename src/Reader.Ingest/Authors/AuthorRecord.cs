using Reader.Content;

namespace Reader.Ingest.Authors;

/// <summary>A person known to ingest: from an existing <c>input/authors/</c> file, or first seen in this run.</summary>
public sealed class AuthorRecord(string slug, string name, bool exists)
{
    public string Slug { get; } = slug;

    public string Name { get; } = name;

    /// <summary>True when the file was already in <c>input/authors/</c>: it is never rewritten.</summary>
    public bool Exists { get; } = exists;

    public List<string> Aliases { get; } = [];

    public List<string> Affiliations { get; } = [];

    public List<string> Bio { get; } = [];

    public AuthorFrontMatter ToFrontMatter() => new()
    {
        Name = Name,
        Aliases = [.. Aliases],
        Affiliations = [.. Affiliations],
    };

    public string ToMarkdown() => FrontMatterWriter.Write(ToFrontMatter(), string.Join("\n\n", Bio));
}
