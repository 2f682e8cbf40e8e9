using Reader.Content;
using Reader.Site.Model;

namespace Reader.Site.Citations;

/// <summary>
/// BibTeX keys in the usual form, first author's family name, year and first word of the title (<c>abiru2020russian</c>),
/// in ASCII. Articles that would share a key take <c>-2</c>, <c>-3</c> … in the order of their slugs, so a key stays
/// the same from build to build.
/// </summary>
public static class CitationKeys
{
    private static readonly HashSet<string> Skipped = new(StringComparer.Ordinal) { "a", "an", "the", "on", "of", "and", "in" };

    public static IReadOnlyDictionary<Article, string> Of(IEnumerable<Article> articles)
    {
        var keys = new Dictionary<Article, string>(ReferenceEqualityComparer.Instance);
        foreach (var group in articles.GroupBy(Base, StringComparer.Ordinal))
        {
            foreach (var (i, article) in group.OrderBy(a => a.Slug, StringComparer.Ordinal).Index())
            {
                keys[article] = i == 0 ? group.Key : $"{group.Key}-{(i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture)}";
            }
        }

        return keys;
    }

    private static string Base(Article article)
    {
        var first = article.Credits.FirstOrDefault(c => c.Role is AuthorRole.Author or AuthorRole.Interviewee)?.Person.Name;
        var name = first is null ? "anon" : Ascii(CitedName.Of(first) is { Family: { } family } ? family : first);
        var year = article.Date?.Year.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "nd";
        var word = Slug.From(article.Title).Split('-').FirstOrDefault(w => w.Length > 0 && !Skipped.Contains(w)) ?? "";
        return $"{(name.Length == 0 ? "anon" : name)}{year}{word}";
    }

    private static string Ascii(string text) => Slug.From(text).Replace("-", "", StringComparison.Ordinal);
}
