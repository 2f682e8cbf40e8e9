namespace Reader.Site.Rendering;

/// <summary>The closed set of pages the site has; each has exactly one template.</summary>
public enum PageKind
{
    Home,
    Article,
    Author,
    Theme,
    AuthorIndex,
    ThemeIndex,
    Archive,
    Person,
    PersonIndex,
    Timeline,
    TimelineYear,
    Search,
    NotFound,
    Redirect,
}
