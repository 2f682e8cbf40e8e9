namespace Reader.Site.Views;

public sealed record ArchiveView(string Title, string CountText, IReadOnlyList<LinkView> YearLinks, IReadOnlyList<YearGroupView> Years);
