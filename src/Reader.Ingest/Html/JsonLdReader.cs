using System.Text.Json;
using AngleSharp.Dom;

namespace Reader.Ingest.Html;

/// <summary>
/// Reads <c>&lt;script type="application/ld+json"&gt;</c> blocks: the first object (top-level, in an array or in an
/// <c>@graph</c>) whose type is an article kind. Broken JSON is skipped: many CMSs emit it.
/// </summary>
public static class JsonLdReader
{
    private static readonly HashSet<string> ArticleTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        "Article", "NewsArticle", "BlogPosting", "ScholarlyArticle", "Chapter", "Report", "OpinionNewsArticle",
        "AnalysisNewsArticle", "ReportageNewsArticle", "BackgroundNewsArticle", "ReviewNewsArticle", "TechArticle",
        "LiveBlogPosting", "SocialMediaPosting", "MedicalScholarlyArticle", "SatiricalArticle", "AdvertiserContentArticle",
        "Review", "CreativeWork", "WebPage", "Book", "Thesis",
    };

    /// <summary>Article kinds before generic ones: a page's <c>WebPage</c> node is used only when nothing better exists.</summary>
    private static readonly HashSet<string> GenericTypes = new(StringComparer.OrdinalIgnoreCase) { "WebPage", "CreativeWork" };

    public static JsonLdArticle? Read(IDocument document)
    {
        JsonLdArticle? generic = null;
        foreach (var script in document.QuerySelectorAll("script[type='application/ld+json']"))
        {
            foreach (var node in Nodes(script.TextContent))
            {
                var type = TypeOf(node);
                if (type is null || !ArticleTypes.Contains(type))
                {
                    continue;
                }

                var article = ToArticle(node, type);
                if (!GenericTypes.Contains(type))
                {
                    return article;
                }

                generic ??= article;
            }
        }

        return generic;
    }

    private static List<JsonElement> Nodes(string json)
    {
        var nodes = new List<JsonElement>();
        try
        {
            using var parsed = JsonDocument.Parse(json, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
            Collect(parsed.RootElement.Clone(), nodes);
        }
        catch (JsonException)
        {
            // Not valid JSON: some sites print template placeholders or HTML into the block.
        }

        return nodes;
    }

    private static void Collect(JsonElement element, List<JsonElement> nodes)
    {
        if (element.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in element.EnumerateArray())
            {
                Collect(item, nodes);
            }
        }
        else if (element.ValueKind == JsonValueKind.Object)
        {
            nodes.Add(element);
            if (element.TryGetProperty("@graph", out var graph))
            {
                Collect(graph, nodes);
            }
        }
    }

    private static string? TypeOf(JsonElement node)
    {
        if (!node.TryGetProperty("@type", out var type))
        {
            return null;
        }

        // "@type": ["NewsArticle", "Article"]: the first article kind named.
        return type.ValueKind == JsonValueKind.Array
            ? type.EnumerateArray().Select(t => t.ValueKind == JsonValueKind.String ? t.GetString() : null).FirstOrDefault(t => t is not null && ArticleTypes.Contains(t))
            : type.ValueKind == JsonValueKind.String ? type.GetString() : null;
    }

    private static JsonLdArticle ToArticle(JsonElement node, string type) => new()
    {
        Type = type,
        Headline = Text(node, "headline") ?? Text(node, "name"),
        AlternativeHeadline = Text(node, "alternativeHeadline"),
        Authors = Names(node, "author"),
        Affiliations = Affiliations(node),
        DatePublished = Text(node, "datePublished") ?? Text(node, "dateCreated"),
        Publisher = Names(node, "publisher").FirstOrDefault(),
        Description = Text(node, "description") ?? Text(node, "abstract"),
        ArticleBody = Text(node, "articleBody") ?? Text(node, "text"),
        Language = Text(node, "inLanguage"),
        Url = Text(node, "url") ?? Names(node, "mainEntityOfPage", "@id").FirstOrDefault(),
    };

    /// <summary>"author": {"name": …, "affiliation": {"name": …}} (or a string, or an array of either).</summary>
    private static Dictionary<string, string> Affiliations(JsonElement node)
    {
        var affiliations = new Dictionary<string, string>(StringComparer.Ordinal);
        if (!node.TryGetProperty("author", out var value))
        {
            return affiliations;
        }

        foreach (var author in value.ValueKind == JsonValueKind.Array ? value.EnumerateArray().ToList() : [value])
        {
            if (author.ValueKind == JsonValueKind.Object && Text(author, "name") is { } name && Names(author, "affiliation").FirstOrDefault() is { } affiliation)
            {
                affiliations[name.Trim()] = affiliation;
            }
        }

        return affiliations;
    }

    private static string? Text(JsonElement node, string property) =>
        node.TryGetProperty(property, out var value) ? Scalar(value) : null;

    private static string? Scalar(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString() is { Length: > 0 } s ? s.Trim() : null,
        JsonValueKind.Array => value.EnumerateArray().Select(Scalar).FirstOrDefault(s => s is not null),
        JsonValueKind.Object => Text(value, "@value") ?? Text(value, "name"),
        _ => null,
    };

    /// <summary>Names from a string, an object with <c>name</c>, or an array of either.</summary>
    private static List<string> Names(JsonElement node, string property, string key = "name")
    {
        if (!node.TryGetProperty(property, out var value))
        {
            return [];
        }

        var items = value.ValueKind == JsonValueKind.Array ? value.EnumerateArray().ToList() : [value];
        var names = new List<string>();
        foreach (var item in items)
        {
            var name = item.ValueKind switch
            {
                JsonValueKind.String => item.GetString(),
                JsonValueKind.Object => Text(item, key) ?? Text(item, "name"),
                _ => null,
            };
            if (!string.IsNullOrWhiteSpace(name))
            {
                names.Add(name.Trim());
            }
        }

        return names;
    }
}
