namespace Reader.Site.Views;

/// <summary>What every page shows about the site: its name, the URLs of the header, footer and assets, and its own words (<c>Site.Text.key</c>).</summary>
/// <param name="AssetsUrl">The theme's assets folder, ending in <c>/</c>: templates name the files in it that only some pages load (a font to preload, the search script).</param>
/// <param name="Language">The language of the site's own words (<see cref="Language.InterfaceText.Language"/>).</param>
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
    string AssetsUrl,
    string? SearchIndexUrl,
    string JsonFeedUrl,
    string? EpubUrl,
    Language.InterfaceText Text,
    IReadOnlyList<Language.PluralFormView> SearchFound);
