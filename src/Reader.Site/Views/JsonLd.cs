using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Reader.Content;
using Reader.Site.Model;

namespace Reader.Site.Views;

/// <summary>schema.org descriptions of pages, serialised with System.Text.Json for a &lt;script type="application/ld+json"&gt;.</summary>
public static class JsonLd
{
    private static readonly HashSet<string> ScholarlyKinds = new(StringComparer.OrdinalIgnoreCase) { "abstract", "chapter", "paper" };

    private static readonly JsonSerializerOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Article(ViewContext context, Article article, IReadOnlyList<LinkView> breadcrumbs)
    {
        var urls = context.Urls;
        var node = new JsonObject
        {
            ["@type"] = ScholarlyKinds.Contains(article.Matter.Kind) ? "ScholarlyArticle" : "Article",
            ["headline"] = article.Title,
            ["url"] = urls.Absolute(context.ArticleUrl(article)),
            ["mainEntityOfPage"] = urls.Absolute(context.ArticleUrl(article)),
            ["inLanguage"] = article.Matter.Language,
        };
        AddIfPresent(node, "alternativeHeadline", article.Subtitle);
        AddIfPresent(node, "description", article.Summary);
        AddIfPresent(node, "datePublished", Formatting.DateIso(article.Date));
        AddPeople(node, "author", article.Credits.Where(c => c.Role is AuthorRole.Author or AuthorRole.Interviewee or AuthorRole.Interviewer), context);
        AddPeople(node, "editor", article.Credits.Where(c => c.Role == AuthorRole.Editor), context);
        AddPeople(node, "translator", article.Credits.Where(c => c.Role == AuthorRole.Translator), context);
        if ((article.Matter.Publisher ?? article.Matter.OriginalPublisher) is { } publisher)
        {
            node["publisher"] = new JsonObject { ["@type"] = "Organization", ["name"] = publisher };
        }

        if (article.Themes.Count > 0)
        {
            node["keywords"] = string.Join(", ", article.Themes.Select(t => t.Name));
        }

        AddIfPresent(node, "isBasedOn", article.Matter.SourceUrl);
        return Serialize(node, Breadcrumbs(context, breadcrumbs));
    }

    /// <summary>A list page: a theme, an author, an index or the archive.</summary>
    /// <param name="articles">The articles the page shows: on a page of a long list, only its own.</param>
    /// <param name="firstPosition">The first article's position in the whole list.</param>
    public static string Collection(ViewContext context, string name, string url, string description, IEnumerable<Article> articles, IReadOnlyList<LinkView> breadcrumbs, JsonObject? about = null, int firstPosition = 1)
    {
        var items = new JsonArray();
        foreach (var (article, index) in articles.Select((a, i) => (a, i)))
        {
            items.Add((JsonNode)new JsonObject { ["@type"] = "ListItem", ["position"] = index + firstPosition, ["url"] = context.Urls.Absolute(context.ArticleUrl(article)), ["name"] = article.Title });
        }

        var node = new JsonObject
        {
            ["@type"] = "CollectionPage",
            ["name"] = name,
            ["url"] = context.Urls.Absolute(url),
            ["description"] = description,
            ["mainEntity"] = new JsonObject { ["@type"] = "ItemList", ["itemListElement"] = items },
        };
        if (about is not null)
        {
            node["about"] = about;
        }

        return breadcrumbs.Count == 0 ? Serialize(node) : Serialize(node, Breadcrumbs(context, breadcrumbs));
    }

    public static JsonObject Person(ViewContext context, Term person)
    {
        var node = new JsonObject { ["@type"] = "Person", ["name"] = person.Name, ["url"] = context.Urls.Absolute(context.TermUrl(context.Model.Authors, person)) };
        if (person.Profile is { Affiliations.Count: > 0 } profile)
        {
            node["affiliation"] = new JsonArray([.. profile.Affiliations.Select(a => (JsonNode)new JsonObject { ["@type"] = "Organization", ["name"] = a })]);
        }

        return node;
    }

    /// <summary>Someone the articles are about (<see cref="Model.Person"/>).</summary>
    public static JsonObject MentionedPerson(ViewContext context, Model.Person person) => PeoplePages.PersonNode(context, person);

    private static JsonObject Breadcrumbs(ViewContext context, IReadOnlyList<LinkView> trail)
    {
        var items = new JsonArray();
        foreach (var (crumb, index) in trail.Select((c, i) => (c, i)))
        {
            items.Add((JsonNode)new JsonObject { ["@type"] = "ListItem", ["position"] = index + 1, ["name"] = crumb.Text, ["item"] = context.Urls.Absolute(crumb.Url) });
        }

        return new JsonObject { ["@type"] = "BreadcrumbList", ["itemListElement"] = items };
    }

    private static void AddPeople(JsonObject node, string key, IEnumerable<ArticleCredit> credits, ViewContext context)
    {
        var people = credits.Select(c => c.Person).Distinct().Select(p => (JsonNode)Person(context, p)).ToArray();
        if (people.Length > 0)
        {
            node[key] = new JsonArray(people);
        }
    }

    private static void AddIfPresent(JsonObject node, string key, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value))
        {
            node[key] = value;
        }
    }

    /// <summary>
    /// One script, one @graph. Every '&lt;' is written as \u003c: valid JSON, and no "&lt;/script" or
    /// "&lt;!--" in a title can end or confuse the script element.
    /// </summary>
    private static string Serialize(params JsonObject[] nodes)
    {
        var graph = new JsonObject { ["@context"] = "https://schema.org", ["@graph"] = new JsonArray([.. nodes]) };
        return graph.ToJsonString(Options).Replace("<", "\\u003c", StringComparison.Ordinal);
    }
}
