namespace Reader.Site.Views;

/// <summary>The timeline, whole (<c>/timeline/</c>) or of one theme or person (<c>/timeline/themes/x/</c>, <c>/timeline/people/x/</c>).</summary>
/// <param name="FilterText">What a timeline of one theme or person shows ("Events naming Vladimir Putin"); null for the whole one.</param>
/// <param name="AllUrl">The whole timeline, from a timeline of one theme or person.</param>
/// <param name="CanFilter">The whole timeline: its script filters it in place by theme and person.</param>
public sealed record TimelineView(
    string Title,
    string Introduction,
    string CountText,
    string? FilterText,
    string? AllUrl,
    bool CanFilter,
    IReadOnlyList<FilterOptionView> Themes,
    IReadOnlyList<FilterOptionView> People,
    IReadOnlyList<TimelineYearView> Years);

/// <summary>A theme or person to filter the timeline by: its value for the script and its own timeline page.</summary>
public sealed record FilterOptionView(string Name, string Value, string Url, string CountText, bool IsCurrent);

/// <summary>One year of the timeline.</summary>
public sealed record TimelineYearView(string Label, string Id, IReadOnlyList<TimelineEventView> Events);

/// <param name="Url">The passage the sentence is in (the article, for a publication).</param>
/// <param name="Themes">The slugs of the article's themes, space-separated, for the script's filter.</param>
/// <param name="People">The slugs of the people the sentence names, space-separated, for the script's filter.</param>
public sealed record TimelineEventView(
    string DateText,
    string DateIso,
    string Text,
    string Url,
    string ArticleTitle,
    string ArticleUrl,
    string? Language,
    string Themes,
    string People,
    bool IsPublication);
