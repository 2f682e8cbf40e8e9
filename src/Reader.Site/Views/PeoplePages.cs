using System.Text.Json.Nodes;
using Reader.Site.Model;
using Reader.Site.Rendering;

namespace Reader.Site.Views;

/// <summary>Builds the pages of the people the articles are about, and their index.</summary>
public static class PeoplePages
{
    /// <summary>At most this many people are listed as mentioned with someone.</summary>
    public const int MentionedWithCount = 10;

    public static Page Person(ViewContext context, Person person)
    {
        var url = context.PersonUrl(person);
        var mentions = Mentions(context, person);
        var view = new PersonView(person.Name, Facts(person), context.Markdown(person.Body), mentions);
        var description = person.Description ?? $"Where the articles of {context.Model.Settings.SiteTitle} mention {person.Name}.";
        var breadcrumbs = new List<LinkView> { new("Home", context.Urls.Home), new("People", context.Urls.TaxonomyIndex("people")), new(person.Name, url, IsCurrent: true) };
        var meta = context.Meta("people", person.Name, description, url) with
        {
            Breadcrumbs = breadcrumbs,
            JsonLd = JsonLd.Collection(context, person.Name, url, description, context.MentionsOf(person).Select(m => m.Article), breadcrumbs, JsonLd.MentionedPerson(context, person)),
        };
        return new Page(PageKind.Person, url, meta, view);
    }

    public static Page Index(ViewContext context)
    {
        var people = context.Model.People;
        var url = context.Urls.TaxonomyIndex("people");
        var terms = people.Select(p => new TermCountView(p.Name, context.PersonUrl(p), MentionedIn(context.MentionsOf(p).Count), p.Description)).ToList();
        var view = new TermIndexView("People", $"The {Formatting.Count(people.Count, "person", "people")} the articles of this collection are about, each with the passages that mention them.", terms);
        var meta = context.Meta("people", view.Title, view.Introduction, url) with
        {
            JsonLd = JsonLd.Collection(context, view.Title, url, view.Introduction, [], []),
        };
        return new Page(PageKind.PersonIndex, url, meta, view);
    }

    public static PersonFactsView Facts(Person person)
    {
        var life = (person.Born, person.Died) switch
        {
            ({ } born, { } died) => $"Born {born.Text}, died {died.Text}",
            ({ } born, null) => $"Born {born.Text}",
            (null, { } died) => $"Died {died.Text}",
            _ => null,
        };
        var office = person.InOffice.Count == 0 ? null : $"In office {string.Join(", ", person.InOffice)}";
        return new PersonFactsView(person.Description, life, office, person.Aliases);
    }

    /// <summary>Every article that mentions the person, newest first, with its sentences linked to their paragraphs.</summary>
    public static MentionsView Mentions(ViewContext context, Person person)
    {
        var entries = context.MentionsOf(person);
        var total = entries.Sum(e => e.Mentions.Sum(m => m.Count));
        var articles = entries.Select(e =>
        {
            var url = context.ArticleUrl(e.Article);
            var language = context.ForeignLanguage(e.Article);
            var snippets = e.Mentions.DistinctBy(m => (m.PassageId, m.Sentence)).Select(m => new SnippetView(m.Sentence, $"{url}#{m.PassageId}", language)).ToList();
            return new MentioningArticleView(context.Card(e.Article), Formatting.Count(e.Mentions.Sum(m => m.Count), "mention", "mentions"), snippets);
        }).ToList();

        var mentionedWith = entries
            .SelectMany(e => context.Text(e.Article).Mentions.Select(m => m.PersonKey).Distinct().Where(k => k != person.Key))
            .GroupBy(k => k, StringComparer.Ordinal)
            .Select(g => (Person: context.PersonByKey(g.Key), Count: g.Count()))
            .Where(p => p.Person is not null)
            .OrderByDescending(p => p.Count).ThenBy(p => Taxonomy.SortKey(p.Person!.Name), StringComparer.Ordinal)
            .Take(MentionedWithCount)
            .Select(p => new TermCountView(p.Person!.Name, context.PersonUrl(p.Person), Formatting.Count(p.Count, "shared article", "shared articles"), p.Person.Description))
            .ToList();

        var timeline = context.Timeline.Any(e => e.PeopleKeys.Contains(person.Key)) ? context.Urls.TimelineOf("people", person.Slug) : null;
        return new MentionsView(
            entries.Count == 0 ? "Not mentioned in any article yet" : $"Mentioned {Formatting.Count(total, "time", "times")} in {Formatting.Articles(entries.Count)}",
            Span(entries.Select(e => e.Article)),
            articles,
            TermPages.ThemeCounts(context, entries.Select(e => e.Article)),
            mentionedWith,
            timeline);
    }

    /// <summary>"In articles from 11 June 2015 to 26 March 2024, and 1 undated", by the articles' own dates.</summary>
    private static string? Span(IEnumerable<Article> articles)
    {
        var list = articles.ToList();
        var dates = list.Select(a => a.Date).OfType<DateOnly>().Order().ToList();
        var undated = list.Count - dates.Count;
        var extra = undated == 0 ? "" : $", and in {Formatting.Count(undated, "undated article", "undated articles")}";
        return dates.Count switch
        {
            0 => null,
            _ when dates[0] == dates[^1] => $"In {(dates.Count == 1 ? "an article" : "articles")} of {Formatting.DateText(dates[0])}{extra}",
            _ => $"First in an article of {Formatting.DateText(dates[0])}, last in one of {Formatting.DateText(dates[^1])}{extra}",
        };
    }

    private static string MentionedIn(int articles) =>
        articles == 0 ? "Not mentioned yet" : $"Mentioned in {Formatting.Articles(articles)}";

    /// <summary>schema.org's Person for a person file: names, description and dates.</summary>
    public static JsonObject PersonNode(ViewContext context, Person person)
    {
        var node = new JsonObject { ["@type"] = "Person", ["name"] = person.Name, ["url"] = context.Urls.Absolute(context.PersonUrl(person)) };
        if (person.Aliases.Count > 0)
        {
            node["alternateName"] = new JsonArray([.. person.Aliases.Select(a => (JsonNode)JsonValue.Create(a)!)]);
        }

        if (person.Description is { } description)
        {
            node["description"] = description;
        }

        if (person.Born is { } born)
        {
            node["birthDate"] = born.Iso;
        }

        if (person.Died is { } died)
        {
            node["deathDate"] = died.Iso;
        }

        return node;
    }
}
