namespace Reader.Site.Views;

/// <summary>The page listing every author, or every theme.</summary>
public sealed record TermIndexView(string Title, string Introduction, IReadOnlyList<TermCountView> Terms);
