using Reader.Content;

namespace Reader.Ingest;

/// <summary>
/// The articles already in <c>input/articles/</c>, found by the seed they came from (their <c>source</c>),
/// so a renamed or edited article is still recognised and never overwritten.
/// </summary>
public sealed class ExistingArticles
{
    private readonly Dictionary<string, ContentFile<ArticleFrontMatter>> _bySource = new(StringComparer.Ordinal);

    private readonly List<ContentFile<ArticleFrontMatter>> _all = [];

    public HashSet<string> Slugs { get; } = new(StringComparer.Ordinal);

    /// <summary>Every article whose front matter could be read, with or without a seed.</summary>
    public IReadOnlyList<ContentFile<ArticleFrontMatter>> All => _all;

    /// <param name="read">Given each article read (its path and file), for what reads every body once (the people it names).</param>
    public static ExistingArticles Load(string articlesDirectory, DiagnosticBag diagnostics, Action<string, ContentFile<ArticleFrontMatter>>? read = null)
    {
        var existing = new ExistingArticles();
        if (!Directory.Exists(articlesDirectory))
        {
            return existing;
        }

        foreach (var path in Directory.EnumerateFiles(articlesDirectory, "*.md").Order(StringComparer.Ordinal))
        {
            existing.Slugs.Add(Path.GetFileNameWithoutExtension(path));
            var text = InputText.Read(path, Path.GetDirectoryName(Path.GetFullPath(articlesDirectory))!, path, diagnostics);
            var file = text is null ? null : FrontMatterReader.ReadArticle(path, text, diagnostics);
            if (file is not null)
            {
                existing._all.Add(file);
                read?.Invoke(path, file);
            }

            if (file?.FrontMatter.Source is { } source)
            {
                existing._bySource.TryAdd(source, file);
            }
        }

        return existing;
    }

    public ContentFile<ArticleFrontMatter>? FindBySource(string source) => _bySource.GetValueOrDefault(source);
}
