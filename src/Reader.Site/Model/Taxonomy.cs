namespace Reader.Site.Model;

/// <summary>A named set of terms (authors or themes), sorted for display and looked up by slug.</summary>
public sealed class Taxonomy
{
    private readonly Dictionary<string, Term> _bySlug;

    public Taxonomy(string name, IEnumerable<Term> terms)
    {
        Name = name;
        Terms = [.. terms.OrderBy(t => SortKey(t.Name), StringComparer.Ordinal).ThenBy(t => t.Slug, StringComparer.Ordinal)];
        _bySlug = Terms.ToDictionary(t => t.Slug, StringComparer.Ordinal);
    }

    /// <summary>"authors" or "themes": also the URL segment.</summary>
    public string Name { get; }

    /// <summary>Alphabetical by folded name, so "Ōta" sorts with the O's on every machine, and "The China factor" with the C's.</summary>
    public IReadOnlyList<Term> Terms { get; }

    public Term? Find(string slug) => _bySlug.GetValueOrDefault(slug);

    public static string SortKey(string name)
    {
        var key = Reader.Content.Transliteration.ToAscii(name).ToLowerInvariant();
        foreach (var article in LeadingArticles)
        {
            if (key.Length > article.Length && key.StartsWith(article, StringComparison.Ordinal))
            {
                return key[article.Length..];
            }
        }

        return key;
    }

    // A leading article says nothing about where a name belongs in an index.
    private static readonly string[] LeadingArticles = ["the ", "a ", "an "];
}
