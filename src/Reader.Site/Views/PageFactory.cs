using Reader.Site.Model;
using Reader.Site.Outputs;
using Reader.Site.Rendering;

namespace Reader.Site.Views;

/// <summary>Every HTML page of the site, in a fixed order.</summary>
public static class PageFactory
{
    /// <summary>
    /// How to make each page, without making it yet: a page is made just before it is rendered and dropped
    /// once written, so a build never holds the view models of the whole site.
    /// </summary>
    public static IReadOnlyList<PlannedPage> Plan(ViewContext context)
    {
        var site = context.Model;
        var stamps = context.Stamps;
        var urls = context.Urls;
        PlannedPage Listed(string url, Func<Page> make) => new(url, new SitemapEntry(url, null), make);
        PlannedPage Whole(string url, PageKind kind, Func<Page> make) => Listed(url, make) with { Inputs = () => stamps.SitePage(kind) };
        var pages = new List<PlannedPage>
        {
            Whole(urls.Home, PageKind.Home, () => ListPages.Home(context)),
            new(urls.Search, null, () => ListPages.Search(context)),
            new(urls.NotFound, null, () => ListPages.NotFound(context)),
        };

        // Long lists are cut into pages (Paging): each page is planned, stamped and written on its own.
        var archive = ListPages.ArchivePaging(context);
        var years = ListPages.YearLinks(context, archive);
        pages.AddRange(archive.Numbers.Select(n => Listed(archive.Url(n), () => ListPages.Archive(context, archive, years, n)) with { Inputs = () => stamps.ArchivePage(archive, years, n) }));
        foreach (var (taxonomy, make) in new (Taxonomy, Func<Paging, int, Page>)[] { (site.Authors, (p, n) => ListPages.AuthorIndex(context, p, n)), (site.Themes, (p, n) => ListPages.ThemeIndex(context, p, n)) })
        {
            var index = ListPages.IndexPaging(context, taxonomy);
            pages.AddRange(index.Numbers.Select(n => Listed(index.Url(n), () => make(index, n)) with { Inputs = () => stamps.IndexPage(taxonomy, index, n) }));
        }

        pages.AddRange(site.Articles.Select((article, i) =>
            new PlannedPage(context.ArticleUrl(article), new SitemapEntry(context.ArticleUrl(article), Formatting.DateIso(article.Date)), () => ArticlePages.Create(context, i), () => stamps.ArticlePage(i))));
        foreach (var (taxonomy, make) in new (Taxonomy, Func<Term, Paging, int, Page>)[] { (site.Authors, (t, p, n) => TermPages.Author(context, t, p, n)), (site.Themes, (t, p, n) => TermPages.Theme(context, t, p, n)) })
        {
            foreach (var term in taxonomy.Terms)
            {
                // An author who is also in input/people/ shows where other articles mention them: compared by view model.
                var paging = TermPages.Paging(context, taxonomy, term);
                var stamped = context.PersonOf(term) is null;
                pages.AddRange(paging.Numbers.Select(n => Listed(paging.Url(n), () => make(term, paging, n)) with { Inputs = stamped ? () => stamps.TermPage(term, paging, n) : null }));
            }
        }

        // The people pages and the timeline show what the bodies say: their view models are compared, not stamps.
        var people = PeoplePages.IndexPaging(context);
        pages.AddRange(people.Numbers.Select(n => Listed(people.Url(n), () => PeoplePages.Index(context, people, n))));
        pages.AddRange(site.People.Where(p => p.Author is null).Select(p => Listed(context.PersonUrl(p), () => PeoplePages.Person(context, p))));
        pages.AddRange(TimelinePages.Plan(context).Select(t => Listed(t.Url, t.Make)));

        // A renamed article's old addresses: pages search engines are told not to index, so none is in the sitemap.
        foreach (var article in site.Articles)
        {
            foreach (var alias in article.Aliases)
            {
                var url = urls.Article(alias);
                pages.Add(new PlannedPage(url, null, () => RedirectPages.Create(context, url, article), () => RedirectPages.Stamp(context, alias, article)));
            }
        }

        return pages;
    }

    public static IReadOnlyList<Page> All(ViewContext context) => [.. Plan(context).Select(planned => planned.Make())];
}
