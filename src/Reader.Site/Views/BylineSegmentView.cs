namespace Reader.Site.Views;

/// <summary>One part of a byline, e.g. "Interview with" + names, or "; edited by" + names.</summary>
public sealed record BylineSegmentView(string Separator, string Lead, IReadOnlyList<PersonLinkView> People);
