using System.Globalization;
using Reader.Site.Model;
using Reader.Site.Rendering;

namespace Reader.Site.Views;

/// <summary>
/// Builds the timeline pages: the whole timeline, which its script filters in place by theme and person, and one
/// static page per theme and per person, which the whole timeline links to, so the filter works without JavaScript.
/// </summary>
public static class TimelinePages
{
    /// <summary>Where the pages of the timeline go, in the site's fixed order: the whole one, then each theme's and each person's.</summary>
    public static IEnumerable<(string Url, Func<Page> Make)> Plan(ViewContext context)
    {
        yield return (context.Urls.Timeline, () => Whole(context));
        var (themes, people) = context.TimelineFilters;
        foreach (var theme in context.Model.Themes.Terms.Where(t => themes.Any(o => o.Value == t.Slug)))
        {
            yield return (context.Urls.TimelineOf("themes", theme.Slug), () => OfTheme(context, theme));
        }

        foreach (var person in context.Model.People.Where(p => people.Any(o => o.Value == p.Slug)))
        {
            yield return (context.Urls.TimelineOf("people", person.Slug), () => OfPerson(context, person));
        }
    }

    public static Page Whole(ViewContext context) =>
        Create(context, context.Urls.Timeline, context.Timeline, null, null, context.Words["timeline_title"], null, context.Words["timeline_introduction"]);

    public static Page OfTheme(ViewContext context, Term theme) =>
        Create(context, context.Urls.TimelineOf("themes", theme.Slug), [.. context.Timeline.Where(e => e.Article.Themes.Contains(theme))], theme.Slug, null,
            context.Words.Format("timeline_theme_title", ("name", theme.Name)), theme.Name, context.Words.Format("timeline_theme_introduction", ("name", theme.Name)), context.Words.Format("timeline_theme_filter", ("name", theme.Name)));

    public static Page OfPerson(ViewContext context, Person person) =>
        Create(context, context.Urls.TimelineOf("people", person.Slug), [.. context.Timeline.Where(e => e.PeopleKeys.Contains(person.Key))], null, person.Key,
            context.Words.Format("timeline_person_title", ("name", person.Name)), person.Name, context.Words.Format("timeline_person_introduction", ("name", person.Name)), context.Words.Format("timeline_person_filter", ("name", person.Name)));

    private static Page Create(ViewContext context, string url, IReadOnlyList<TimelineEvent> events, string? themeSlug, string? personKey, string title, string? filterName, string introduction, string? filterText = null)
    {
        var slugs = context.Model.People.ToDictionary(p => p.Key, p => p.Slug, StringComparer.Ordinal);
        var (allThemes, allPeople) = context.TimelineFilters;
        var themes = allThemes.Select(t => t with { IsCurrent = t.Value == themeSlug }).ToList();
        var people = allPeople.Select(p => p with { IsCurrent = personKey is not null && p.Value == slugs.GetValueOrDefault(personKey) }).ToList();
        var years = events
            .GroupBy(e => e.Date.Year)
            .Select(g => new TimelineYearView(
                g.Key.ToString(CultureInfo.InvariantCulture),
                "y" + g.Key.ToString(CultureInfo.InvariantCulture),
                [.. g.Select(e => EventView(context, e, slugs))]))
            .ToList();
        var articles = events.Select(e => e.Article).Distinct().Count();
        var view = new TimelineView(
            title,
            introduction,
            context.Words.Format("timeline_count", ("events", context.Words.Count("count_events", events.Count)), ("articles", context.Words.Count("count_articles", articles))),
            filterText,
            filterText is null ? null : context.Urls.Timeline,
            filterText is null,
            themes,
            people,
            years);
        var breadcrumbs = new List<LinkView> { new(context.Words["breadcrumb_home"], context.Urls.Home) };
        breadcrumbs.AddRange(filterName is null ? [new(title, url, IsCurrent: true)] : [new(context.Words["timeline_title"], context.Urls.Timeline), new(filterName, url, IsCurrent: true)]);
        var meta = context.Meta("timeline", title, introduction, url) with
        {
            Breadcrumbs = breadcrumbs,
            JsonLd = JsonLd.Collection(context, title, url, introduction, events.Select(e => e.Article).Distinct(), breadcrumbs),
        };
        return new Page(PageKind.Timeline, url, meta, view);
    }

    /// <summary>Every theme and person the timeline has events of, with how many: counted once for all its pages.</summary>
    public static (IReadOnlyList<FilterOptionView> Themes, IReadOnlyList<FilterOptionView> People) Filters(ViewContext context)
    {
        var byTheme = new Dictionary<Term, int>();
        var byPerson = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var e in context.Timeline)
        {
            foreach (var theme in e.Article.Themes)
            {
                byTheme[theme] = byTheme.GetValueOrDefault(theme) + 1;
            }

            foreach (var key in e.PeopleKeys)
            {
                byPerson[key] = byPerson.GetValueOrDefault(key) + 1;
            }
        }

        return (
            [.. context.Model.Themes.Terms.Where(byTheme.ContainsKey).Select(t => new FilterOptionView(t.Name, t.Slug, context.Urls.TimelineOf("themes", t.Slug), context.Words.Count("count_events", byTheme[t]), false))],
            [.. context.Model.People.Where(p => byPerson.ContainsKey(p.Key)).Select(p => new FilterOptionView(p.Name, p.Slug, context.Urls.TimelineOf("people", p.Slug), context.Words.Count("count_events", byPerson[p.Key]), false))]);
    }

    private static TimelineEventView EventView(ViewContext context, TimelineEvent e, Dictionary<string, string> slugs)
    {
        var articleUrl = context.ArticleUrl(e.Article);
        return new TimelineEventView(
            e.DateText,
            e.Date.Iso,
            e.Text,
            e.PassageId is { } passage ? $"{articleUrl}#{passage}" : articleUrl,
            e.Article.Title,
            articleUrl,
            context.ForeignLanguage(e.Article),
            string.Join(' ', e.Article.Themes.Select(t => t.Slug)),
            string.Join(' ', e.PeopleKeys.Select(k => slugs.GetValueOrDefault(k)).OfType<string>()),
            e.IsPublication);
    }
}
