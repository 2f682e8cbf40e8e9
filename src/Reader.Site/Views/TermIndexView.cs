namespace Reader.Site.Views;

/// <summary>A page of the index of every author, or every theme.</summary>
public sealed record TermIndexView(string Title, string Introduction, IReadOnlyList<TermCountView> Terms, PagerView? Pager);
