using Reader.Content;

namespace Reader.Site.Model;

/// <summary>
/// Groups people by <see cref="PersonName.Key"/>: an author file claims its name and aliases, and every
/// credited spelling with the same key joins it, so one person never splits into two pages.
/// </summary>
public sealed class AuthorTaxonomyBuilder
{
    private readonly Dictionary<string, string> _keys = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _displayNames = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Term> _byKey = new(StringComparer.Ordinal);
    private readonly List<Term> _terms = [];
    private readonly HashSet<string> _slugs = new(StringComparer.Ordinal);
    private readonly DiagnosticBag _diagnostics;

    public AuthorTaxonomyBuilder(DiagnosticBag diagnostics) => _diagnostics = diagnostics;

    public void AddProfile(string slugFromFile, ContentFile<AuthorFrontMatter> file)
    {
        var key = PersonName.Key(file.FrontMatter.Name);
        if (_byKey.TryGetValue(key, out var existing))
        {
            _diagnostics.Add(Diagnostic.Error(file.Path, 2, $"'{file.FrontMatter.Name}' is the same person as in {existing.Profile?.Path}", "merge the two files, keeping the other spelling as an alias"));
            return;
        }

        var profile = new TermProfile(file.Path, file.Body, null, file.FrontMatter.Aliases, file.FrontMatter.Affiliations);
        var term = new Term(key, Slug.Unique(Slug.From(slugFromFile), _slugs), PersonName.Display(file.FrontMatter.Name), profile);
        Register(term);
        foreach (var alias in file.FrontMatter.Aliases)
        {
            var aliasKey = PersonName.Key(alias);
            if (_byKey.TryGetValue(aliasKey, out var other) && other != term)
            {
                _diagnostics.Add(Diagnostic.Warning(file.Path, null, $"alias '{alias}' already names {other.Name}", "remove it from one of the two files"));
                continue;
            }

            _byKey[aliasKey] = term;
        }
    }

    /// <summary>
    /// Adds a term for every credited person who has no author file, named by their most used spelling;
    /// on a tie, the spelling of their newest article, as later sources tend to spell names more carefully.
    /// </summary>
    public void AddCredited(IEnumerable<(string Name, DateOnly? Date)> credits)
    {
        var unknown = credits
            .Select(c => (Name: DisplayName(c.Name), c.Date))
            .Where(c => Key(c.Name).Length > 0 && !_byKey.ContainsKey(Key(c.Name)))
            .GroupBy(c => Key(c.Name), StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal);
        foreach (var group in unknown)
        {
            var name = group
                .GroupBy(c => c.Name, StringComparer.Ordinal)
                .OrderByDescending(g => g.Count())
                .ThenByDescending(g => g.Max(c => c.Date ?? DateOnly.MinValue))
                .ThenBy(g => g.Key, StringComparer.Ordinal)
                .First().Key;
            Register(new Term(group.Key, Slug.Unique(Slug.From(name), _slugs), name, null));
        }
    }

    public Term? Find(string name) => _byKey.GetValueOrDefault(Key(name));

    /// <summary><see cref="PersonName.Display"/>, worked out once for each of the few names credited on many articles.</summary>
    public string DisplayName(string name)
    {
        if (!_displayNames.TryGetValue(name, out var display))
        {
            _displayNames[name] = display = PersonName.Display(name);
        }

        return display;
    }

    public IReadOnlyList<Term> Terms => _terms;

    /// <summary>The same few names are credited on many articles: each is normalised once.</summary>
    private string Key(string name)
    {
        if (!_keys.TryGetValue(name, out var key))
        {
            _keys[name] = key = PersonName.Key(name);
        }

        return key;
    }

    private void Register(Term term)
    {
        _byKey[term.Key] = term;
        _slugs.Add(term.Slug);
        _terms.Add(term);
    }
}
