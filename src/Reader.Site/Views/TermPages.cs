using System.Text.Json.Nodes;
using Reader.Content;
using Reader.Site.Model;
using Reader.Site.Rendering;

namespace Reader.Site.Views;

/// <summary>Builds the page of each author and each theme.</summary>
public static class TermPages
{
    public const int RelatedThemeCount = 6;

    /// <summary>The people a theme's page names, those with the most articles on it first: a theme of 100,000 articles has thousands.</summary>
    public const int ThemeAuthorCount = 50;

    /// <summary>How a term's articles are cut into pages: the first at the term's own URL.</summary>
    public static Paging Paging(ViewContext context, Taxonomy taxonomy, Term term) =>
        Views.Paging.Of(context.TermUrl(taxonomy, term), term.Articles.Count, context.Model.Settings.ArchivePageSize);

    /// <summary>
    /// A page of an author's articles. The first page also has the bio and the lists drawn from every article
    /// (themes, co-authors, interviews); the others have the header and their articles.
    /// </summary>
    public static Page Author(ViewContext context, Term person, Paging paging, int number)
    {
        var authors = context.Model.Authors;
        var words = context.Words;
        var url = paging.Url(number);
        var first = number == 1;
        var shown = paging.Slice(person.Articles, number);
        // The person's own credits come from an index of every credit; the others on each article are its listed
        // people only (Bylines.ListedPeople), so an article crediting thousands costs each of them a bounded list.
        var own = context.CreditsOf(person);
        var ownRoles = own.GroupBy(x => x.Article).ToDictionary(g => g.Key, g => g.Select(x => x.Credit.Role).ToList());
        var others = (first ? person.Articles : []).SelectMany(a => Bylines.Listed(a).Where(c => c.Person != person).Select(c => (Article: a, Credit: c))).ToList();
        var roleIn = ownRoles.ToDictionary(g => g.Key, g => g.Value.Min());

        bool Interview(AuthorRole mine, AuthorRole theirs, AuthorRole a, AuthorRole b) => mine == a && theirs == b;
        List<LinkView> People(Func<AuthorRole, AuthorRole, bool> relation) =>
        [
            .. others
                .Where(o => ownRoles.TryGetValue(o.Article, out var mine) && mine.Any(m => relation(m, o.Credit.Role)))
                .Select(o => o.Credit.Person).Distinct()
                .OrderBy(p => Taxonomy.SortKey(p.Name), StringComparer.Ordinal)
                .Select(p => new LinkView(p.Name, context.TermUrl(authors, p))),
        ];

        var interviewedBy = People((m, t) => Interview(m, t, AuthorRole.Interviewee, AuthorRole.Interviewer));
        var interviewed = People((m, t) => Interview(m, t, AuthorRole.Interviewer, AuthorRole.Interviewee));
        var coAuthors = People((m, t) => !Interview(m, t, AuthorRole.Interviewee, AuthorRole.Interviewer) && !Interview(m, t, AuthorRole.Interviewer, AuthorRole.Interviewee));

        var affiliations = (person.Profile?.Affiliations ?? [])
            .Concat(own.Select(x => x.Credit.Affiliation).OfType<string>().Order(StringComparer.Ordinal))
            .DistinctBy(a => a.ToLowerInvariant())
            .ToList();

        var pager = paging.Pager(words, number, words.Format("pager_author_articles", ("name", person.Name)));
        // A bio that already names every affiliation says it better than a list above it.
        var bio = person.Profile?.Body;
        var listed = bio is not null && affiliations.All(a => bio.Contains(a, StringComparison.OrdinalIgnoreCase)) ? [] : affiliations;
        var roles = ownRoles.Values.SelectMany(r => r).Distinct().ToList();
        var themesHeading = words[roles.All(r => r == AuthorRole.Author) ? "author_writes_on" : roles.All(r => r == AuthorRole.Interviewee) ? "author_interviewed_on" : "author_themes"];
        var view = new AuthorView(
            person.Name,
            listed,
            first ? context.Markdown(person.Profile?.Body) : null,
            words.Count("count_articles", person.Articles.Count),
            [.. shown.Select(a => context.Card(a, Bylines.Role(roleIn[a], words)))],
            first ? ThemeCounts(context, person.Articles) : [],
            themesHeading,
            coAuthors,
            interviewedBy,
            interviewed,
            context.Urls.TermFeed(authors.Name, person.Slug),
            context.Urls.TermJsonFeed(authors.Name, person.Slug),
            pager)
        {
            Facts = first && context.PersonOf(person) is { } file ? PeoplePages.Facts(context, file) : null,
            Mentions = first && context.PersonOf(person) is { } mentioned ? PeoplePages.Mentions(context, mentioned) : null,
        };

        // A person file stands in for a missing bio; where both have one, the author file's is the bio.
        if (first && view.BioHtml is null && context.PersonOf(person) is { Body: var body })
        {
            view = view with { BioHtml = context.Markdown(body) };
        }

        var description = affiliations.Count > 0
            ? words.Format("author_description_affiliated", ("name", person.Name), ("affiliations", string.Join(words["author_affiliation_separator"], affiliations)), ("count", words.Count("count_articles", person.Articles.Count)))
            : words.Format("author_description", ("name", person.Name));
        var breadcrumbs = new List<LinkView> { new(words["breadcrumb_home"], context.Urls.Home), new(words["nav_authors"], context.Urls.TaxonomyIndex(authors.Name)), new(person.Name, url, IsCurrent: true) };
        var meta = context.Meta("authors", paging.Title(words, person.Name, number), description, url) with
        {
            Breadcrumbs = breadcrumbs,
            Pager = pager,
            Feed = new LinkView(words.Format("feed_term", ("site", context.Model.Settings.SiteTitle), ("name", person.Name)), view.FeedUrl),
            JsonFeed = view.JsonFeedUrl,
            JsonLd = JsonLd.Collection(context, paging.Title(words, person.Name, number), url, description, shown, breadcrumbs, JsonLd.Person(context, person), paging.Items(number).Start.Value + 1),
        };
        return new Page(PageKind.Author, url, meta, view);
    }

    /// <summary>A page of a theme's articles; the first also has its description and the related themes and authors.</summary>
    public static Page Theme(ViewContext context, Term theme, Paging paging, int number)
    {
        var themes = context.Model.Themes;
        var words = context.Words;
        var url = paging.Url(number);
        var first = number == 1;
        var shown = paging.Slice(theme.Articles, number);
        var related = (first ? theme.Articles : [])
            .SelectMany(a => a.Themes).Where(t => t != theme)
            .GroupBy(t => t)
            .OrderByDescending(g => g.Count()).ThenBy(g => Taxonomy.SortKey(g.Key.Name), StringComparer.Ordinal)
            .Take(RelatedThemeCount)
            .Select(g => context.Count(themes, g.Key, g.Count()) with { CountText = words.Count("count_shared_articles", g.Count()) });
        var people = (first ? theme.Articles : [])
            .SelectMany(a => a.Credits.Select(c => c.Person).Distinct())
            .GroupBy(p => p)
            .OrderByDescending(g => g.Count()).ThenBy(g => Taxonomy.SortKey(g.Key.Name), StringComparer.Ordinal)
            .ToList();
        var authors = people.Take(ThemeAuthorCount).Select(g => context.Count(context.Model.Authors, g.Key, g.Count()));
        var moreAuthors = people.Count > ThemeAuthorCount ? words.Count("count_more_people", people.Count - ThemeAuthorCount) : null;

        var pager = paging.Pager(words, number, words.Format("pager_theme_articles", ("name", theme.Name)));
        var view = new ThemeView(
            theme.Name,
            theme.Profile?.Description,
            first ? context.Markdown(theme.Profile?.Body) : null,
            words.Count("count_articles", theme.Articles.Count),
            [.. shown.Select(a => context.Card(a))],
            [.. related],
            [.. authors],
            moreAuthors,
            context.Urls.TermFeed(themes.Name, theme.Slug),
            context.Urls.TermJsonFeed(themes.Name, theme.Slug),
            theme.Articles.Count > 0 ? context.Urls.TermEpub(themes.Name, theme.Slug) : null,
            first && theme.Articles.Any(a => a.Date is not null) ? context.Urls.TimelineOf("themes", theme.Slug) : null,
            pager);

        var description = theme.Profile?.Description ?? words.Format("theme_description", ("name", theme.Name));
        var breadcrumbs = new List<LinkView> { new(words["breadcrumb_home"], context.Urls.Home), new(words["nav_themes"], context.Urls.TaxonomyIndex(themes.Name)), new(theme.Name, url, IsCurrent: true) };
        var meta = context.Meta("themes", paging.Title(words, theme.Name, number), description, url) with
        {
            Breadcrumbs = breadcrumbs,
            Pager = pager,
            Feed = new LinkView(words.Format("feed_term", ("site", context.Model.Settings.SiteTitle), ("name", theme.Name)), view.FeedUrl),
            JsonFeed = view.JsonFeedUrl,
            JsonLd = JsonLd.Collection(context, paging.Title(words, theme.Name, number), url, description, shown, breadcrumbs, new JsonObject { ["@type"] = "Thing", ["name"] = theme.Name }, paging.Items(number).Start.Value + 1),
        };
        return new Page(PageKind.Theme, url, meta, view);
    }

    public static IReadOnlyList<TermCountView> ThemeCounts(ViewContext context, IEnumerable<Article> articles) =>
    [
        .. articles.SelectMany(a => a.Themes)
            .GroupBy(t => t)
            .OrderByDescending(g => g.Count()).ThenBy(g => Taxonomy.SortKey(g.Key.Name), StringComparer.Ordinal)
            .Select(g => context.Count(context.Model.Themes, g.Key, g.Count())),
    ];
}
