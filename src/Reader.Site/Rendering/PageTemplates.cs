namespace Reader.Site.Rendering;

/// <summary>Where, under the <c>theme/</c> folder, each page kind's template lives.</summary>
public static class PageTemplates
{
    public const string Layout = "layouts/base.hbs";

    public const string PartialsFolder = "partials";

    public static string PathOf(PageKind kind) => kind switch
    {
        PageKind.Home => "pages/home.hbs",
        PageKind.Article => "pages/article.hbs",
        PageKind.Author => "pages/author.hbs",
        PageKind.Theme => "pages/theme.hbs",
        PageKind.AuthorIndex => "pages/authors.hbs",
        PageKind.ThemeIndex => "pages/themes.hbs",
        PageKind.Archive => "pages/archive.hbs",
        PageKind.Person => "pages/person.hbs",
        PageKind.PersonIndex => "pages/people.hbs",
        PageKind.Timeline => "pages/timeline.hbs",
        PageKind.TimelineYear => "pages/timeline-year.hbs",
        PageKind.Search => "pages/search.hbs",
        PageKind.NotFound => "pages/404.hbs",
        PageKind.Redirect => "pages/redirect.hbs",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };
}
