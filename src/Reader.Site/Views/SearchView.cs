namespace Reader.Site.Views;

/// <summary>The no-JavaScript target of the search form, and where results show when it runs.</summary>
public sealed record SearchView(string Title, string ArchiveUrl, string AuthorsUrl, string ThemesUrl);
