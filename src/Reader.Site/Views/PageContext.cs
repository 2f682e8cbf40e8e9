namespace Reader.Site.Views;

/// <summary>What a page template receives: the site, the page's metadata, and its own view model as <c>Page</c>.</summary>
public sealed record PageContext(SiteView Site, PageMeta Meta, object Page);
