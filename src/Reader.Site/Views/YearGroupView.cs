namespace Reader.Site.Views;

/// <summary>The articles of one year in the archive ("Undated" last), with an id to link to.</summary>
public sealed record YearGroupView(string Label, string Id, IReadOnlyList<ArticleCardView> Articles);
