using Reader.Content;

namespace Reader.Ingest.Authors;

/// <summary>
/// The people of the collection, matched by <see cref="PersonName.Key"/> of their names and aliases, so the
/// same person seen on two pages, spelt "Abe Shinzō" or "Shinzo Abe", is one author with one file.
/// </summary>
public sealed class AuthorDirectory
{
    private readonly Dictionary<string, AuthorRecord> _byKey = new(StringComparer.Ordinal);
    private readonly List<AuthorRecord> _records = [];
    private readonly HashSet<string> _slugs = new(StringComparer.Ordinal);

    public IReadOnlyList<AuthorRecord> Records => _records;

    public static AuthorDirectory Load(string authorsDirectory, DiagnosticBag diagnostics)
    {
        var directory = new AuthorDirectory();
        if (!Directory.Exists(authorsDirectory))
        {
            return directory;
        }

        foreach (var path in Directory.EnumerateFiles(authorsDirectory, "*.md").Order(StringComparer.Ordinal))
        {
            var slug = Path.GetFileNameWithoutExtension(path);
            directory._slugs.Add(slug);
            var text = InputText.Read(path, Path.GetDirectoryName(Path.GetFullPath(authorsDirectory))!, path, diagnostics);
            var file = text is null ? null : FrontMatterReader.ReadAuthor(path, text, diagnostics);
            if (file is null)
            {
                continue;
            }

            var record = new AuthorRecord(slug, file.FrontMatter.Name, exists: true);
            record.Aliases.AddRange(file.FrontMatter.Aliases);
            record.Affiliations.AddRange(file.FrontMatter.Affiliations);
            directory.Remember(record);
        }

        return directory;
    }

    /// <summary>The record for the credited person, creating one (with a new, unique slug) when first seen.</summary>
    public AuthorRecord Resolve(AuthorCredit credit, string? bio)
    {
        var name = PersonName.Display(credit.Name);
        if (!_byKey.TryGetValue(PersonName.Key(name), out var record))
        {
            record = new AuthorRecord(Slug.Unique(Slug.From(name), _slugs), name, exists: false);
            Remember(record);
        }

        if (record.Exists)
        {
            return record;
        }

        if (!string.Equals(name, record.Name, StringComparison.Ordinal) && !record.Aliases.Contains(name, StringComparer.Ordinal))
        {
            record.Aliases.Add(name);
        }

        if (credit.Affiliation is { } affiliation && !record.Affiliations.Contains(affiliation, StringComparer.OrdinalIgnoreCase))
        {
            record.Affiliations.Add(affiliation);
        }

        if (BioLine(bio, credit.Affiliation) is { } line && !record.Bio.Contains(line, StringComparer.OrdinalIgnoreCase))
        {
            record.Bio.Add(line);
        }

        return record;
    }

    // Pages give a job title ("Senior Research Fellow"); with the affiliation it reads as a line of a bio.
    private static string? BioLine(string? title, string? affiliation)
    {
        if (string.IsNullOrWhiteSpace(title))
        {
            return null;
        }

        var line = char.ToUpperInvariant(title[0]) + title[1..].TrimEnd('.', ',');
        return affiliation is null || line.Contains(affiliation, StringComparison.OrdinalIgnoreCase) ? line + "." : $"{line}, {affiliation}.";
    }

    private void Remember(AuthorRecord record)
    {
        _records.Add(record);
        _slugs.Add(record.Slug);
        foreach (var name in record.Aliases.Prepend(record.Name))
        {
            _byKey.TryAdd(PersonName.Key(name), record);
        }
    }
}
