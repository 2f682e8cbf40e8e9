namespace Reader.Site.Views;

/// <summary>Where the collection mentions a person: counts, first and last dates, each article with its sentences.</summary>
/// <param name="CountText">"Mentioned 23 times in 4 articles".</param>
/// <param name="SpanText">"From 11 June 2015 to 26 March 2024", by the dates of the articles; null when none is dated.</param>
/// <param name="TimelineUrl">The timeline of events whose sentences name the person, when there are any.</param>
/// <param name="TimelineYears">Each year of that timeline, linked to its page.</param>
public sealed record MentionsView(
    string CountText,
    string? SpanText,
    IReadOnlyList<MentioningArticleView> Articles,
    IReadOnlyList<TermCountView> Themes,
    IReadOnlyList<TermCountView> MentionedWith,
    string? TimelineUrl,
    IReadOnlyList<LinkView> TimelineYears);
