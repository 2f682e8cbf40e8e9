using System.Globalization;
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
        var words = context.Words;
        var view = new PersonView(person.Name, Facts(context, person), context.Markdown(person.Body), mentions);
        var description = person.Description ?? words.Format("person_description", ("site", context.Model.Settings.SiteTitle), ("name", person.Name));
        var breadcrumbs = new List<LinkView> { new(words["breadcrumb_home"], context.Urls.Home), new(words["nav_people"], context.Urls.TaxonomyIndex("people")), new(person.Name, url, IsCurrent: true) };
        var meta = context.Meta("people", person.Name, description, url) with
        {
            Breadcrumbs = breadcrumbs,
            JsonLd = JsonLd.Collection(context, person.Name, url, description, context.MentionsOf(person).Select(m => m.Article), breadcrumbs, JsonLd.MentionedPerson(context, person)),
        };
        return new Page(PageKind.Person, url, meta, view);
    }

    /// <summary>How the people index is cut into pages, as the indexes of authors and themes are.</summary>
    public static Paging IndexPaging(ViewContext context) =>
        Paging.Of(context.Urls.TaxonomyIndex("people"), context.Model.People.Count, context.Model.Settings.ArchivePageSize);

    /// <summary>One page of the index of people: <paramref name="paging"/> is <see cref="IndexPaging"/>'s.</summary>
    public static Page Index(ViewContext context, Paging paging, int number)
    {
        var people = context.Model.People;
        var url = paging.Url(number);
        var words = context.Words;
        var terms = paging.Slice(people, number).Select(p => new TermCountView(p.Name, context.PersonUrl(p), MentionedIn(words, context.MentionsOf(p).Count), p.Description)).ToList();
        var pager = paging.Pager(words, number, words["pager_people"]);
        var view = new TermIndexView(words["people_title"], words.Format("people_introduction", ("people", words.Count("count_people", people.Count))), terms, pager);
        var title = paging.Title(words, view.Title, number);
        var meta = context.Meta("people", title, view.Introduction, url) with
        {
            Pager = pager,
            JsonLd = JsonLd.Collection(context, title, url, view.Introduction, [], []),
        };
        return new Page(PageKind.PersonIndex, url, meta, view);
    }

    public static PersonFactsView Facts(ViewContext context, Person person)
    {
        var words = context.Words;
        var life = (person.Born, person.Died) switch
        {
            ({ } born, { } died) => words.Format("person_born_died", ("born", born.Text), ("died", died.Text)),
            ({ } born, null) => words.Format("person_born", ("born", born.Text)),
            (null, { } died) => words.Format("person_died", ("died", died.Text)),
            _ => null,
        };
        var office = person.InOffice.Count == 0 ? null : words.Format("person_in_office", ("terms", string.Join(", ", person.InOffice)));
        return new PersonFactsView(person.Description, life, office, person.Aliases);
    }

    /// <summary>Every article that mentions the person, newest first, with its sentences linked to their paragraphs.</summary>
    public static MentionsView Mentions(ViewContext context, Person person)
    {
        var words = context.Words;
        var entries = context.MentionsOf(person);
        var total = entries.Sum(e => e.Mentions.Sum(m => m.Count));
        var articles = entries.Select(e =>
        {
            var url = context.ArticleUrl(e.Article);
            var language = context.ForeignLanguage(e.Article);
            var snippets = e.Mentions.DistinctBy(m => (m.PassageId, m.Sentence)).Select(m => new SnippetView(m.Sentence, $"{url}#{m.PassageId}", language)).ToList();
            return new MentioningArticleView(context.Card(e.Article), words.Count("count_mentions", e.Mentions.Sum(m => m.Count)), snippets);
        }).ToList();

        var mentionedWith = entries
            .SelectMany(e => context.Text(e.Article).Mentions.Select(m => m.PersonKey).Distinct().Where(k => k != person.Key))
            .GroupBy(k => k, StringComparer.Ordinal)
            .Select(g => (Person: context.PersonByKey(g.Key), Count: g.Count()))
            .Where(p => p.Person is not null)
            .OrderByDescending(p => p.Count).ThenBy(p => Taxonomy.SortKey(p.Person!.Name), StringComparer.Ordinal)
            .Take(MentionedWithCount)
            .Select(p => new TermCountView(p.Person!.Name, context.PersonUrl(p.Person), words.Count("count_shared_articles", p.Count), p.Person.Description))
            .ToList();

        var timeline = context.Timelines.OfPerson(person.Key);
        return new MentionsView(
            entries.Count == 0 ? words["mentions_none"] : words.Format("mentions_summary", ("times", words.Count("count_times", total)), ("articles", words.Count("count_articles", entries.Count))),
            Span(words, entries.Select(e => e.Article)),
            articles,
            TermPages.ThemeCounts(context, entries.Select(e => e.Article)),
            mentionedWith,
            timeline?.Url,
            [.. (timeline?.Years ?? []).Select(y => new LinkView(y.Year.ToString(CultureInfo.InvariantCulture), timeline!.YearUrl(y.Year)))]);
    }

    /// <summary>"In articles from 11 June 2015 to 26 March 2024, and 1 undated", by the articles' own dates.</summary>
    private static string? Span(Language.InterfaceText words, IEnumerable<Article> articles)
    {
        var list = articles.ToList();
        var dates = list.Select(a => a.Date).OfType<DateOnly>().Order().ToList();
        var undated = list.Count - dates.Count;
        var extra = undated == 0 ? "" : words.Format("mentions_undated", ("articles", words.Count("count_undated_articles", undated)));
        return dates.Count switch
        {
            0 => null,
            _ when dates[0] == dates[^1] => words.Count("mentions_span_one_date", dates.Count, ("date", words.Date(dates[0])), ("undated", extra)),
            _ => words.Format("mentions_span_range", ("first", words.Date(dates[0])), ("last", words.Date(dates[^1])), ("undated", extra)),
        };
    }

    private static string MentionedIn(Language.InterfaceText words, int articles) =>
        articles == 0 ? words["mentioned_in_none"] : words.Format("mentioned_in", ("articles", words.Count("count_articles", articles)));

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
