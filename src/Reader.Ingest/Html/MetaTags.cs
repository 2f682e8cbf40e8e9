using AngleSharp.Dom;

namespace Reader.Ingest.Html;

/// <summary>The page's <c>&lt;meta&gt;</c> tags by <c>name</c>, <c>property</c>, <c>itemprop</c> and <c>http-equiv</c>, keys case-insensitive.</summary>
public sealed class MetaTags
{
    private readonly Dictionary<string, List<string>> _values = new(StringComparer.OrdinalIgnoreCase);

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

    private void Add(string key, string value)
    {
        if (!_values.TryGetValue(key, out var list))
        {
            _values[key] = list = [];
        }

        list.Add(value);
    }
}
