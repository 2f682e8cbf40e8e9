using Reader.Site.Model;

namespace Reader.Site.Views;

/// <summary>
/// One timeline: the whole collection's (<see cref="Theme"/> and <see cref="Person"/> null), a theme's or a person's.
/// Its events are in the timeline's order, so each year is one run of them: <see cref="Years"/> says where each begins,
/// and its overview and year pages are planned and made without grouping the events again. A timeline of no more
/// events than a page holds is one page, its years sections of it: a small collection is not cut into pages of one
/// event each.
/// </summary>
public sealed class TimelineScope
{
    private readonly TimelineEvent[] _events;

    /// <param name="pageSize">How many events a page holds (<see cref="Content.ReaderSettings.ArchivePageSize"/>).</param>
    public TimelineScope(string url, IReadOnlyList<TimelineEvent> events, int pageSize, Term? theme = null, Person? person = null)
    {
        Url = url;
        PageSize = Math.Max(1, pageSize);
        _events = [.. events];
        Theme = theme;
        Person = person;
        var years = new List<TimelineYear>();
        for (var i = 0; i < _events.Length; i++)
        {
            if (years.Count == 0 || years[^1].Year != _events[i].Date.Year)
            {
                years.Add(new TimelineYear(_events[i].Date.Year, i, 0));
            }

            years[^1] = years[^1] with { Count = years[^1].Count + 1 };
        }

        Years = years;
    }

    /// <summary>The overview's URL; each year is below it (<see cref="SiteUrls.TimelineYear"/>).</summary>
    public string Url { get; }

    public int PageSize { get; }

    /// <summary>Whether every event is on the overview, each year a section of it, with no pages of years.</summary>
    public bool IsOnePage => _events.Length <= PageSize;

    public IReadOnlyList<TimelineEvent> Events => _events;

    public Term? Theme { get; }

    public Person? Person { get; }

    /// <summary>The years that have events, in order.</summary>
    public IReadOnlyList<TimelineYear> Years { get; }

    /// <summary>The pages of one year's events, at the year's URL and <c>page/2/</c> … below it.</summary>
    public Paging Paging(int yearIndex) =>
        Views.Paging.Of(SiteUrls.TimelineYear(Url, Years[yearIndex].Year), Years[yearIndex].Count, PageSize);

    /// <summary>Where a year's events are: its page, or its section of the overview when the timeline is one page.</summary>
    public string YearUrl(int year) => IsOnePage ? $"{Url}#{YearId(year)}" : SiteUrls.TimelineYear(Url, year);

    /// <summary>The id of a year's section on a one-page timeline.</summary>
    public static string YearId(int year) => "y" + year.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The events of one year.</summary>
    public IReadOnlyList<TimelineEvent> EventsOf(int yearIndex) =>
        new ArraySegment<TimelineEvent>(_events, Years[yearIndex].Start, Years[yearIndex].Count);
}

/// <summary>A year of a timeline: the index of its first event and how many it has.</summary>
public readonly record struct TimelineYear(int Year, int Start, int Count);
