namespace Reader.Site.Views;

/// <summary>
/// A timeline's overview, whole (<c>/timeline/</c>) or of one theme or person (<c>/timeline/themes/x/</c>,
/// <c>/timeline/people/x/</c>): its years by decade with their counts, each linked to the year's page, and the
/// latest events as a taste, so it stays small however many events there are.
/// </summary>
/// <param name="FilterText">What a timeline of one theme or person shows ("Events naming Vladimir Putin"); null for the whole one.</param>
/// <param name="AllUrl">The whole timeline, from a timeline of one theme or person.</param>
/// <param name="Latest">The latest events, newest first, when the years have pages of their own.</param>
/// <param name="Years">Every year with its events, in order, when the timeline is one page (<see cref="TimelineScope.IsOnePage"/>).</param>
/// <param name="Themes">The themes with the most events, each linked to its own timeline.</param>
/// <param name="AllThemes">The index of every theme, when there are more than <paramref name="Themes"/> shows.</param>
public sealed record TimelineView(
    string Title,
    string Introduction,
    string CountText,
    string? FilterText,
    string? AllUrl,
    IReadOnlyList<TimelineDecadeView> Decades,
    IReadOnlyList<TimelineEventView> Latest,
    IReadOnlyList<TimelineYearSectionView> Years,
    IReadOnlyList<TimelineLinkView> Themes,
    IReadOnlyList<TimelineLinkView> People,
    LinkView? AllThemes,
    LinkView? AllPeople);

/// <summary>A year's section of a one-page timeline: its heading, the id links to it use, and its events.</summary>
public sealed record TimelineYearSectionView(string Label, string Id, IReadOnlyList<TimelineEventView> Events);

/// <summary>A decade of the overview ("2010s") and its years that have events.</summary>
public sealed record TimelineDecadeView(string Label, IReadOnlyList<TimelineLinkView> Years);

/// <summary>A link to a year of a timeline, or to a theme's or person's timeline, with how many events it has.</summary>
public sealed record TimelineLinkView(string Name, string Url, string CountText, bool IsCurrent = false);

/// <summary>
/// One page of a year of a timeline (<c>/timeline/2016/</c>, then <c>page/2/</c> … when the year has more events than
/// a page holds), with links to the years before and after it.
/// </summary>
/// <param name="Overview">The timeline's overview, which lists every year.</param>
public sealed record TimelineYearView(
    string Title,
    string Introduction,
    string CountText,
    LinkView Overview,
    PagerLinkView? PreviousYear,
    PagerLinkView? NextYear,
    IReadOnlyList<TimelineEventView> Events,
    PagerView? Pager);

/// <param name="Url">The passage the sentence is in (the article, for a publication).</param>
public sealed record TimelineEventView(
    string DateText,
    string DateIso,
    string Text,
    string Url,
    string ArticleTitle,
    string ArticleUrl,
    string? Language,
    bool IsPublication);
