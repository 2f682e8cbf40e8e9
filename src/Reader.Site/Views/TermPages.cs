using System.Text.Json.Nodes;
using Reader.Content;
using Reader.Site.Model;
using Reader.Site.Rendering;

namespace Reader.Site.Views;

/// <summary>Builds the page of each author and each theme.</summary>
public static class TermPages
{
    public const int RelatedThemeCount = 6;

    public static Page Author(ViewContext context, Term person)
    {
        var authors = context.Model.Authors;
        var url = context.TermUrl(authors, person);
        // The person's own credits come from an index of every credit; the others on each article are its listed
        // people only (Bylines.ListedPeople), so an article crediting thousands costs each of them a bounded list.
        var own = context.CreditsOf(person);
        var ownRoles = own.GroupBy(x => x.Article).ToDictionary(g => g.Key, g => g.Select(x => x.Credit.Role).ToList());
        var others = person.Articles.SelectMany(a => Bylines.Listed(a).Where(c => c.Person != person).Select(c => (Article: a, Credit: c))).ToList();
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

        // A bio that already names every affiliation says it better than a list above it.
        var bio = person.Profile?.Body;
        var listed = bio is not null && affiliations.All(a => bio.Contains(a, StringComparison.OrdinalIgnoreCase)) ? [] : affiliations;
        var roles = ownRoles.Values.SelectMany(r => r).Distinct().ToList();
        var themesHeading = roles.All(r => r == AuthorRole.Author) ? "Writes on" : roles.All(r => r == AuthorRole.Interviewee) ? "Interviewed on" : "Themes";
        var view = new AuthorView(
            person.Name,
            listed,
            context.Markdown(person.Profile?.Body),
            Formatting.Articles(person.Articles.Count),
            [.. person.Articles.Select(a => context.Card(a, Bylines.Role(roleIn[a])))],
            ThemeCounts(context, person.Articles),
            themesHeading,
            coAuthors,
            interviewedBy,
            interviewed,
            context.Urls.TermFeed(authors.Name, person.Slug));

        var description = affiliations.Count > 0 ? $"{person.Name} ({string.Join("; ", affiliations)}): {Formatting.Articles(person.Articles.Count)}." : $"Articles by and with {person.Name}.";
        var breadcrumbs = new List<LinkView> { new("Home", context.Urls.Home), new("Authors", context.Urls.TaxonomyIndex(authors.Name)), new(person.Name, url, IsCurrent: true) };
        var meta = context.Meta("authors", person.Name, description, url) with
        {
            Breadcrumbs = breadcrumbs,
            Feed = new LinkView($"{context.Model.Settings.SiteTitle}: {person.Name}", view.FeedUrl),
            JsonLd = JsonLd.Collection(context, person.Name, url, description, person.Articles, breadcrumbs, JsonLd.Person(context, person)),
        };
        return new Page(PageKind.Author, url, meta, view);
    }

    public static Page Theme(ViewContext context, Term theme)
    {
        var themes = context.Model.Themes;
        var url = context.TermUrl(themes, theme);
        var related = theme.Articles
            .SelectMany(a => a.Themes).Where(t => t != theme)
            .GroupBy(t => t)
            .OrderByDescending(g => g.Count()).ThenBy(g => Taxonomy.SortKey(g.Key.Name), StringComparer.Ordinal)
            .Take(RelatedThemeCount)
            .Select(g => context.Count(themes, g.Key, g.Count()) with { CountText = Formatting.Count(g.Count(), "shared article", "shared articles") });
        var authors = theme.Articles
            .SelectMany(a => a.Credits.Select(c => c.Person).Distinct())
            .GroupBy(p => p)
            .OrderByDescending(g => g.Count()).ThenBy(g => Taxonomy.SortKey(g.Key.Name), StringComparer.Ordinal)
            .Select(g => context.Count(context.Model.Authors, g.Key, g.Count()));

        var view = new ThemeView(
            theme.Name,
            theme.Profile?.Description,
            context.Markdown(theme.Profile?.Body),
            Formatting.Articles(theme.Articles.Count),
            [.. theme.Articles.Select(a => context.Card(a))],
            [.. related],
            [.. authors],
            context.Urls.TermFeed(themes.Name, theme.Slug));

        var description = theme.Profile?.Description ?? $"Articles on {theme.Name}.";
        var breadcrumbs = new List<LinkView> { new("Home", context.Urls.Home), new("Themes", context.Urls.TaxonomyIndex(themes.Name)), new(theme.Name, url, IsCurrent: true) };
        var meta = context.Meta("themes", theme.Name, description, url) with
        {
            Breadcrumbs = breadcrumbs,
            Feed = new LinkView($"{context.Model.Settings.SiteTitle}: {theme.Name}", view.FeedUrl),
            JsonLd = JsonLd.Collection(context, theme.Name, url, description, theme.Articles, breadcrumbs, new JsonObject { ["@type"] = "Thing", ["name"] = theme.Name }),
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
