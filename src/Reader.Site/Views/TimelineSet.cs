using Reader.Site.Model;

namespace Reader.Site.Views;

/// <summary>
/// Every timeline of the site: the whole one, then each theme's and each person's that has events, in the site's
/// order of themes and people. Built in one pass over the events, so a site of many themes never filters the whole
/// timeline once per theme.
/// </summary>
public sealed class TimelineSet
{
    private readonly Dictionary<string, TimelineScope> _byPerson;

    private TimelineSet(TimelineScope whole, IReadOnlyList<TimelineScope> themes, IReadOnlyList<TimelineScope> people)
    {
        (Whole, Themes, People) = (whole, themes, people);
        _byPerson = people.ToDictionary(p => p.Person!.Key, StringComparer.Ordinal);
        BusiestThemes = Busiest(themes);
        BusiestPeople = Busiest(people);
    }

    public TimelineScope Whole { get; }

    public IReadOnlyList<TimelineScope> Themes { get; }

    public IReadOnlyList<TimelineScope> People { get; }

    /// <summary>The themes' timelines with the most events, at most <see cref="ListPages.HomeTermCount"/>, in the site's order: what every overview links.</summary>
    public IReadOnlyList<TimelineScope> BusiestThemes { get; }

    /// <summary>The people's timelines with the most events, as <see cref="BusiestThemes"/>.</summary>
    public IReadOnlyList<TimelineScope> BusiestPeople { get; }

    /// <summary>The whole timeline, then the themes', then the people's: the order their pages are planned in.</summary>
    public IEnumerable<TimelineScope> All => [Whole, .. Themes, .. People];

    /// <summary>The timeline of the events naming a person, or null when none does.</summary>
    public TimelineScope? OfPerson(string personKey) => _byPerson.GetValueOrDefault(personKey);

    public static TimelineSet Of(ViewContext context)
    {
        var byTheme = new Dictionary<Term, List<TimelineEvent>>();
        var byPerson = new Dictionary<string, List<TimelineEvent>>(StringComparer.Ordinal);
        foreach (var e in context.Timeline)
        {
            foreach (var theme in e.Article.Themes)
            {
                Add(byTheme, theme, e);
            }

            foreach (var key in e.PeopleKeys)
            {
                Add(byPerson, key, e);
            }
        }

        var pageSize = context.Model.Settings.ArchivePageSize;
        return new TimelineSet(
            new TimelineScope(context.Urls.Timeline, context.Timeline, pageSize),
            [.. context.Model.Themes.Terms.Where(byTheme.ContainsKey).Select(t => new TimelineScope(context.Urls.TimelineOf("themes", t.Slug), byTheme[t], pageSize, theme: t))],
            [.. context.Model.People.Where(p => byPerson.ContainsKey(p.Key)).Select(p => new TimelineScope(context.Urls.TimelineOf("people", p.Slug), byPerson[p.Key], pageSize, person: p))]);
    }

    private static IReadOnlyList<TimelineScope> Busiest(IReadOnlyList<TimelineScope> scopes) =>
    [
        .. scopes.Index()
            .OrderByDescending(s => s.Item.Events.Count).ThenBy(s => s.Index)
            .Take(ListPages.HomeTermCount)
            .OrderBy(s => s.Index)
            .Select(s => s.Item),
    ];

    /// <summary>Adds an event once, though an article named a theme or a sentence a person twice.</summary>
    private static void Add<TKey>(Dictionary<TKey, List<TimelineEvent>> lists, TKey key, TimelineEvent e)
        where TKey : notnull
    {
        if (!lists.TryGetValue(key, out var list))
        {
            lists[key] = list = [];
        }

        if (list.Count == 0 || !ReferenceEquals(list[^1], e))
        {
            list.Add(e);
        }
    }
}
