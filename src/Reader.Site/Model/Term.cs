namespace Reader.Site.Model;

/// <summary>
/// One author or one theme: the unit a taxonomy groups articles by (Hugo's term).
/// Articles are filled in while the site is assembled and then frozen newest first.
/// </summary>
public sealed class Term
{
    private readonly List<Article> _articles = [];

    public Term(string key, string slug, string name, TermProfile? profile)
    {
        Key = key;
        Slug = slug;
        Name = name;
        Profile = profile;
    }

    /// <summary>The normalised key two spellings of the same person or theme share.</summary>
    public string Key { get; }

    public string Slug { get; }

    public string Name { get; }

    /// <summary>The author or theme file, when there is one; a credited person without a file has none.</summary>
    public TermProfile? Profile { get; }

    /// <summary>Newest first, in <see cref="ArticleOrder"/>.</summary>
    public IReadOnlyList<Article> Articles => _articles;

    internal void Add(Article article) => _articles.Add(article);

    internal void Freeze() => _articles.Sort(ArticleOrder.NewestFirst);

    /// <summary>Puts an edited article in the place of its earlier version; its order is unchanged, as its front matter is.</summary>
    internal void Replace(Article old, Article edited) => _articles[_articles.IndexOf(old)] = edited;
}
