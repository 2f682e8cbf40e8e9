using Reader.Content;

namespace Reader.Site.Model;

/// <summary>
/// Reads the people of <c>input/people/</c>: one person per name, whatever its spelling (a second file for the same
/// person is an error), each joined to the author they also are, so the two share one page.
/// </summary>
public sealed class PeopleBuilder(AuthorTaxonomyBuilder authors, DiagnosticBag diagnostics)
{
    private readonly Dictionary<string, Person> _byKey = new(StringComparer.Ordinal);
    private readonly HashSet<string> _slugs = new(StringComparer.Ordinal);
    private readonly List<Person> _people = [];

    public void Add(string stem, ContentFile<PersonFrontMatter> file)
    {
        var matter = file.FrontMatter;
        var names = matter.Aliases.Where(a => !a.EndsWith('*')).Prepend(matter.Name).ToList();

        // An author file or credit that names the person by their name or a full alias: the person is that author.
        var author = names.Select(authors.Find).FirstOrDefault(t => t is not null);
        var key = author?.Key ?? PersonName.Key(matter.Name);
        if (key.Length == 0)
        {
            key = matter.Name;
        }

        if (_byKey.TryGetValue(key, out var existing))
        {
            diagnostics.Add(Diagnostic.Error(file.Path, 2, $"'{matter.Name}' is the same person as in {existing.Path}", "merge the two files, keeping the other spelling as an alias"));
            return;
        }

        var slug = Slug.Unique(Slug.IsValid(stem) ? stem : Slug.From(stem), _slugs);
        _slugs.Add(slug);
        var spellings = matter.Aliases.Prepend(matter.Name).Select(s => NameSpelling.Parse(s, key)).Where(s => s.Text.Length > 0).ToList();
        var person = new Person(
            key,
            slug,
            PersonName.Display(matter.Name),
            file.Path,
            matter.Description,
            matter.Born,
            matter.Died,
            matter.InOffice,
            [.. matter.Aliases.Select(a => a.TrimEnd('*').Trim()).Where(a => a.Length > 0).Distinct(StringComparer.Ordinal)],
            spellings,
            file.Body,
            author);
        _byKey[key] = person;
        _people.Add(person);
    }

    /// <summary>Alphabetical by folded name, as the other lists of people.</summary>
    public IReadOnlyList<Person> People =>
        [.. _people.OrderBy(p => Taxonomy.SortKey(p.Name), StringComparer.Ordinal).ThenBy(p => p.Slug, StringComparer.Ordinal)];
}
