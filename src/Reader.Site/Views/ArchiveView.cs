namespace Reader.Site.Views;

/// <summary>One page of the archive: links to every year (on whichever page it begins) and this page's articles by year.</summary>
public sealed record ArchiveView(string Title, string CountText, IReadOnlyList<LinkView> YearLinks, IReadOnlyList<YearGroupView> Years, PagerView? Pager);
