using AngleSharp.Dom;

namespace Reader.Ingest.Html;

/// <summary>The page's <c>&lt;meta&gt;</c> tags by <c>name</c>, <c>property</c>, <c>itemprop</c> and <c>http-equiv</c>, keys case-insensitive.</summary>
public sealed class MetaTags
{
    private readonly Dictionary<string, List<string>> _values = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<(string Key, string Value)> _inOrder = [];

    public MetaTags(IDocument document)
    {
        foreach (var meta in document.QuerySelectorAll("meta[content]"))
        {
            var content = meta.GetAttribute("content")!.Trim();
            if (content.Length == 0)
            {
                continue;
            }

            foreach (var (attribute, prefix) in (ReadOnlySpan<(string, string)>)[("name", "name:"), ("property", "name:"), ("itemprop", "itemprop:"), ("http-equiv", "http:")])
            {
                if (meta.GetAttribute(attribute) is { Length: > 0 } key)
                {
                    Add(prefix + key.Trim(), content);
                }
            }
        }

        // <time itemprop="datePublished" datetime="…"> and <span itemprop="datePublished" content="…">
        foreach (var element in document.QuerySelectorAll("[itemprop][datetime]"))
        {
            Add("itemprop:" + element.GetAttribute("itemprop"), element.GetAttribute("datetime")!);
        }
    }

    /// <summary>A <c>name</c> or <c>property</c> tag (pages mix the two for Open Graph).</summary>
    public string? Name(string key) => First("name:" + key);

    public string? Property(string key) => First("name:" + key);

    public string? Itemprop(string key) => First("itemprop:" + key);

    public string? HttpEquiv(string key) => First("http:" + key);

    public IReadOnlyList<string> Names(string key) => _values.TryGetValue("name:" + key, out var list) ? list : [];

    private string? First(string key) => _values.TryGetValue(key, out var list) ? list[0] : null;

    /// <summary>
    /// Highwire's authors with their institutions: each <c>citation_author_institution</c> tag belongs to the
    /// <c>citation_author</c> before it, so the tags are read in page order.
    /// </summary>
    public IReadOnlyList<(string Name, string? Institution)> CitationAuthors()
    {
        var authors = new List<(string Name, string? Institution)>();
        foreach (var (key, value) in _inOrder)
        {
            if (key.Equals("name:citation_author", StringComparison.OrdinalIgnoreCase))
            {
                authors.Add((value, null));
            }
            else if (key.Equals("name:citation_author_institution", StringComparison.OrdinalIgnoreCase) && authors.Count > 0 && authors[^1].Institution is null)
            {
                authors[^1] = (authors[^1].Name, value);
            }
        }

        return authors;
    }

    private void Add(string key, string value)
    {
        _inOrder.Add((key, value));
        if (!_values.TryGetValue(key, out var list))
        {
            _values[key] = list = [];
        }

        list.Add(value);
    }
}
