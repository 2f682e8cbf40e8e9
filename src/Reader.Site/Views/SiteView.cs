namespace Reader.Site.Views;

/// <summary>What every page shows about the site: its name and the URLs of the header, footer and assets.</summary>
public sealed record SiteView(
    string Title,
    string Description,
    string Language,
    string HomeUrl,
    string ArchiveUrl,
    string AuthorsUrl,
    string ThemesUrl,
    string PeopleUrl,
    string TimelineUrl,
    string SearchUrl,
    string FeedUrl,
    string StylesheetUrl,
    string ScriptUrl,
    string InitScriptUrl,
    string IconUrl,
    string? SearchIndexUrl);
