using System.Globalization;
using Reader.Site.Model;
using Reader.Site.Rendering;

namespace Reader.Site.Views;

/// <summary>
/// Builds the timeline pages. Each timeline (the whole one, each theme's and each person's: <see cref="TimelineSet"/>)
/// is an overview at its own URL, small at any size of collection, and a page per year below it
/// (<c>/timeline/2016/</c>), cut into pages of <see cref="Content.ReaderSettings.ArchivePageSize"/> events like every
/// other long list (<c>/timeline/2016/page/2/</c>), so no page grows with the collection; a timeline that fits on a
/// page is that one page (<see cref="TimelineScope.IsOnePage"/>). Filtering by theme or person is a link to that
/// theme's or person's timeline: static pages, no script.
/// </summary>
public static class TimelinePages
{
    /// <summary>How many of the latest events an overview shows.</summary>
    public const int LatestCount = 10;

    /// <summary>Where the pages of the timelines go, in the site's fixed order: each overview, then its years.</summary>
    public static IEnumerable<(string Url, Func<Page> Make)> Plan(ViewContext context)
    {
        foreach (var scope in context.Timelines.All)
        {
            yield return (scope.Url, () => Overview(context, scope));
            for (var i = 0; i < (scope.IsOnePage ? 0 : scope.Years.Count); i++)
            {
                var year = i;
                var paging = scope.Paging(year);
                foreach (var n in paging.Numbers)
                {
                    yield return (paging.Url(n), () => Year(context, scope, year, n));
                }
            }
        }
    }

    public static Page Overview(ViewContext context, TimelineScope scope)
    {
        var words = context.Words;
        var set = context.Timelines;
        var (title, introduction, filterText) = Describe(context, scope);
        var decades = scope.Years
            .GroupBy(y => y.Year - (((y.Year % 10) + 10) % 10))
            .Select(g => new TimelineDecadeView(
                words.Format("timeline_decade", ("decade", Label(g.Key))),
                [.. g.Select(y => new TimelineLinkView(Label(y.Year), scope.YearUrl(y.Year), words.Count("count_events", y.Count)))]))
            .ToList();
        var latest = scope.IsOnePage ? [] : Enumerable.Range(0, Math.Min(LatestCount, scope.Events.Count)).Select(i => scope.Events[scope.Events.Count - 1 - i]).ToList();
        var years = scope.IsOnePage
            ? scope.Years.Select((y, i) => new TimelineYearSectionView(Label(y.Year), TimelineScope.YearId(y.Year), [.. scope.EventsOf(i).Select(e => EventView(context, e))])).ToList()
            : [];
        var view = new TimelineView(
            title,
            introduction,
            CountText(context, scope.Events),
            filterText,
            filterText is null ? null : context.Urls.Timeline,
            decades,
            [.. latest.Select(e => EventView(context, e))],
            years,
            Links(context, set.BusiestThemes, scope, s => s.Theme!.Name),
            Links(context, set.BusiestPeople, scope, s => s.Person!.Name),
            set.Themes.Count > ListPages.HomeTermCount ? new LinkView(words.Format("home_all_themes", ("themes", words.Count("count_themes", set.Themes.Count))), context.Urls.TaxonomyIndex("themes")) : null,
            set.People.Count > ListPages.HomeTermCount ? new LinkView(words.Format("home_all_authors", ("people", words.Count("count_people", set.People.Count))), context.Urls.TaxonomyIndex("people")) : null);
        var breadcrumbs = Breadcrumbs(context, scope, title);
        breadcrumbs[^1] = breadcrumbs[^1] with { IsCurrent = true };
        var meta = context.Meta("timeline", title, introduction, scope.Url) with
        {
            Breadcrumbs = breadcrumbs,
            JsonLd = JsonLd.Collection(context, title, scope.Url, introduction, (scope.IsOnePage ? scope.Events : latest).Select(e => e.Article).Distinct(), breadcrumbs),
        };
        return new Page(PageKind.Timeline, scope.Url, meta, view);
    }

    /// <summary>One page of a year's events, with the years before and after it, and the year's own pages when it has several.</summary>
    public static Page Year(ViewContext context, TimelineScope scope, int yearIndex, int number)
    {
        var words = context.Words;
        var (title, introduction, _) = Describe(context, scope);
        var year = scope.Years[yearIndex];
        var label = Label(year.Year);
        var paging = scope.Paging(yearIndex);
        var yearEvents = scope.EventsOf(yearIndex);
        var yearTitle = words.Format("timeline_year_title", ("title", title), ("year", label));
        var url = paging.Url(number);
        var previous = yearIndex > 0 ? scope.Years[yearIndex - 1].Year : (int?)null;
        var next = yearIndex + 1 < scope.Years.Count ? scope.Years[yearIndex + 1].Year : (int?)null;
        var pager = paging.Pager(words, number, words.Format("pager_timeline_year", ("year", label)));
        var view = new TimelineYearView(
            paging.Title(words, yearTitle, number),
            introduction,
            CountText(context, yearEvents),
            new LinkView(title, scope.Url),
            previous is { } p ? new PagerLinkView(words.Format("timeline_previous_year", ("year", Label(p))), Label(p), SiteUrls.TimelineYear(scope.Url, p), "prev") : null,
            next is { } n ? new PagerLinkView(words.Format("timeline_next_year", ("year", Label(n))), Label(n), SiteUrls.TimelineYear(scope.Url, n), "next") : null,
            [.. paging.Slice(yearEvents, number).Select(e => EventView(context, e))],
            pager);

        // The head's rel=prev/next run through the whole timeline: a year's last page leads on to the next year's first.
        var before = previous is null ? null : scope.Paging(yearIndex - 1);
        var headPrevious = number > 1 ? paging.Url(number - 1) : before?.Url(before.Count);
        var headNext = number < paging.Count ? paging.Url(number + 1) : next is not null ? SiteUrls.TimelineYear(scope.Url, next.Value) : null;
        var breadcrumbs = Breadcrumbs(context, scope, title);
        breadcrumbs.Add(new LinkView(label, url, IsCurrent: true));
        var meta = context.Meta("timeline", view.Title, introduction, url) with
        {
            Breadcrumbs = breadcrumbs,
            Pager = headPrevious is null && headNext is null ? null : new PagerView(
                pager?.Label ?? yearTitle,
                pager?.Summary ?? "",
                headPrevious is null ? null : new PagerLinkView(words["paging_previous_label"], words["paging_previous"], headPrevious, "prev"),
                headNext is null ? null : new PagerLinkView(words["paging_next_label"], words["paging_next"], headNext, "next"),
                []),
            JsonLd = JsonLd.Collection(context, view.Title, url, introduction, paging.Slice(yearEvents, number).Select(e => e.Article).Distinct(), breadcrumbs),
        };
        return new Page(PageKind.TimelineYear, url, meta, view);
    }

    /// <summary>A timeline's title, introduction, and for a theme's or person's, what it shows.</summary>
    private static (string Title, string Introduction, string? FilterText) Describe(ViewContext context, TimelineScope scope)
    {
        var words = context.Words;
        return (scope.Theme, scope.Person) switch
        {
            ({ } theme, _) => (words.Format("timeline_theme_title", ("name", theme.Name)), words.Format("timeline_theme_introduction", ("name", theme.Name)), words.Format("timeline_theme_filter", ("name", theme.Name))),
            (_, { } person) => (words.Format("timeline_person_title", ("name", person.Name)), words.Format("timeline_person_introduction", ("name", person.Name)), words.Format("timeline_person_filter", ("name", person.Name))),
            _ => (words["timeline_title"], words["timeline_introduction"], null),
        };
    }

    /// <summary>Home › Timeline, and › the theme or person for theirs; the last links to the timeline's overview.</summary>
    private static List<LinkView> Breadcrumbs(ViewContext context, TimelineScope scope, string title)
    {
        var breadcrumbs = new List<LinkView> { new(context.Words["breadcrumb_home"], context.Urls.Home), new(context.Words["timeline_title"], context.Urls.Timeline) };
        if ((scope.Theme?.Name ?? scope.Person?.Name) is { } name)
        {
            breadcrumbs.Add(new LinkView(name, scope.Url));
        }

        return breadcrumbs;
    }

    private static IReadOnlyList<TimelineLinkView> Links(ViewContext context, IReadOnlyList<TimelineScope> scopes, TimelineScope current, Func<TimelineScope, string> name) =>
        [.. scopes.Select(s => new TimelineLinkView(name(s), s.Url, context.Words.Count("count_events", s.Events.Count), ReferenceEquals(s, current)))];

    private static string CountText(ViewContext context, IReadOnlyList<TimelineEvent> events)
    {
        var articles = new HashSet<Article>(ReferenceEqualityComparer.Instance);
        foreach (var e in events)
        {
            articles.Add(e.Article);
        }

        return context.Words.Format("timeline_count", ("events", context.Words.Count("count_events", events.Count)), ("articles", context.Words.Count("count_articles", articles.Count)));
    }

    private static string Label(int year) => year.ToString(CultureInfo.InvariantCulture);

    private static TimelineEventView EventView(ViewContext context, TimelineEvent e)
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
            e.IsPublication);
    }
}
