using Reader.Content;

namespace Reader.Site.Model;

/// <summary>
/// Themes are keyed by the slug of their file name, and references are slugged the same way,
/// so "China factor", "China-Factor" and "china-factor" are one theme.
/// </summary>
public sealed class ThemeTaxonomyBuilder
{
    private readonly Dictionary<string, Term> _bySlug = new(StringComparer.Ordinal);
    private readonly DiagnosticBag _diagnostics;

    public ThemeTaxonomyBuilder(DiagnosticBag diagnostics) => _diagnostics = diagnostics;

    public void AddProfile(string stem, ContentFile<ThemeFrontMatter> file)
    {
        var slug = Slug.From(stem);
        if (_bySlug.TryGetValue(slug, out var existing))
        {
            _diagnostics.Add(Diagnostic.Error(file.Path, 1, $"this theme has the same slug '{slug}' as {existing.Profile?.Path}", "rename or merge one of the two files"));
            return;
        }

        var profile = new TermProfile(file.Path, file.Body, file.FrontMatter.Description, [], []);
        _bySlug[slug] = new Term(slug, slug, file.FrontMatter.Title, profile);
    }

    public Term? Find(string reference) => _bySlug.GetValueOrDefault(Slug.From(reference));

    public IReadOnlyCollection<Term> Terms => _bySlug.Values;

    public string KnownSlugs => string.Join(", ", _bySlug.Keys.Order(StringComparer.Ordinal));
}
