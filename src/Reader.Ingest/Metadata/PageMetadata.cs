using Reader.Content;

namespace Reader.Ingest.Metadata;

/// <summary>What the rules learn about a page while they clean it; turned into front matter at the end.</summary>
public sealed class PageMetadata
{
    private readonly List<AuthorCredit> _authors = [];

    public string? SiteName { get; set; }

    public string? Title { get; set; }

    public string? Subtitle { get; set; }

    public DateOnly? Date { get; set; }

    /// <summary>The platform or site that published the page.</summary>
    public string? Publisher { get; set; }

    /// <summary>A publisher named in a bibliographic block; becomes the original publisher when the platform differs.</summary>
    public string? ImprintPublisher { get; set; }

    public string? OriginalPublisher { get; set; }

    /// <summary>The kind a page states outright ("Type: Chapter"); inferred kinds are decided later.</summary>
    public string? StatedKind { get; set; }

    /// <summary>The page links to a full text elsewhere ("Full Text", "Download PDF").</summary>
    public bool PointsToFullText { get; set; }

    public IReadOnlyList<AuthorCredit> Authors => _authors;

    /// <summary>Short bios and job titles by author name.</summary>
    public Dictionary<string, string> Bios { get; } = new(StringComparer.Ordinal);

    public List<string> Warnings { get; } = [];

    /// <summary>Adds a credit, or completes an existing one for the same person (names compared by <see cref="PersonName.Key"/>).</summary>
    public void AddAuthor(string name, AuthorRole role, string? affiliation = null, string? bio = null)
    {
        var key = PersonName.Key(name);
        var index = _authors.FindIndex(a => PersonName.Key(a.Name) == key);
        if (index < 0)
        {
            _authors.Add(new AuthorCredit(name, role, affiliation));
        }
        else if (_authors[index].Affiliation is null && affiliation is not null)
        {
            _authors[index] = _authors[index] with { Affiliation = affiliation };
        }

        var shownName = index < 0 ? name : _authors[index].Name;
        if (!string.IsNullOrWhiteSpace(bio) && (!Bios.TryGetValue(shownName, out var known) || known.Length < bio.Length))
        {
            // The longer bio is the more informative one ("President (2012–2016)" over "President").
            Bios[shownName] = bio;
        }
    }

    public void ReplaceAuthors(IEnumerable<AuthorCredit> authors)
    {
        var list = authors.ToList();
        _authors.Clear();
        _authors.AddRange(list);
    }
}
