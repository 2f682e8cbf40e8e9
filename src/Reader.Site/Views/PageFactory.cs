using Reader.Site.Rendering;

namespace Reader.Site.Views;

/// <summary>Every HTML page of the site, in a fixed order.</summary>
public static class PageFactory
{
    /// <summary>
    /// How to make each page, without making it yet: a page is made just before it is rendered and dropped
    /// once written, so a build never holds the view models of the whole site.
    /// </summary>
    public static IReadOnlyList<Func<Page>> Plan(ViewContext context)
    {
        var site = context.Model;
        var pages = new List<Func<Page>>
        {
            () => ListPages.Home(context),
            () => ListPages.Archive(context),
            () => ListPages.AuthorIndex(context),
            () => ListPages.ThemeIndex(context),
            () => ListPages.Search(context),
            () => ListPages.NotFound(context),
        };
        pages.AddRange(site.Articles.Select((_, i) => (Func<Page>)(() => ArticlePages.Create(context, i))));
        pages.AddRange(site.Authors.Terms.Select(t => (Func<Page>)(() => TermPages.Author(context, t))));
        pages.AddRange(site.Themes.Terms.Select(t => (Func<Page>)(() => TermPages.Theme(context, t))));
        return pages;
    }

    public static IReadOnlyList<Page> All(ViewContext context) => [.. Plan(context).Select(make => make())];
}
