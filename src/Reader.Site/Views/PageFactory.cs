using Reader.Site.Rendering;

namespace Reader.Site.Views;

/// <summary>Every HTML page of the site, in a fixed order.</summary>
public static class PageFactory
{
    public static IReadOnlyList<Page> All(ViewContext context)
    {
        var site = context.Model;
        var pages = new List<Page>
        {
            ListPages.Home(context),
            ListPages.Archive(context),
            ListPages.AuthorIndex(context),
            ListPages.ThemeIndex(context),
            ListPages.Search(context),
            ListPages.NotFound(context),
        };
        pages.AddRange(site.Articles.Select((_, i) => ArticlePages.Create(context, i)));
        pages.AddRange(site.Authors.Terms.Select(t => TermPages.Author(context, t)));
        pages.AddRange(site.Themes.Terms.Select(t => TermPages.Theme(context, t)));
        return pages;
    }
}
