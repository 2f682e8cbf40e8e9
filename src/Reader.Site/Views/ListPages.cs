using System.Globalization;
using Reader.Site.Model;
using Reader.Site.Rendering;

namespace Reader.Site.Views;

/// <summary>Builds the pages that list things: home, the author and theme indexes, the archive, search and 404.</summary>
public static class ListPages
{
    /// <summary>
    /// Themes and authors the home page lists: all of them in a small collection; in a large one those with the most
    /// articles, and a link to the index (5,000 authors would make a home page of a megabyte).
    /// </summary>
    public const int HomeTermCount = 30;

    public static Page Home(ViewContext context)
    {
        var site = context.Model;
        var url = context.Urls.Home;
        var view = new HomeView(
            site.Title,
            context.Markdown(site.Introduction),
            [.. site.Articles.Take(site.Settings.HomeArticleCount).Select(a => context.Card(a))],
            context.Urls.Archive,
            Formatting.Articles(site.Articles.Count),
            [.. Busiest(site.Themes).Select(t => context.Count(site.Themes, t))],
            [.. Busiest(site.Authors).Select(t => context.Count(site.Authors, t))],
            site.Themes.Terms.Count > HomeTermCount ? new LinkView($"All {Formatting.Count(site.Themes.Terms.Count, "theme", "themes")}", context.Urls.TaxonomyIndex(site.Themes.Name)) : null,
            site.Authors.Terms.Count > HomeTermCount ? new LinkView($"All {Formatting.Count(site.Authors.Terms.Count, "author", "authors")}", context.Urls.TaxonomyIndex(site.Authors.Name)) : null);
        var description = site.Description ?? site.Settings.SiteDescription;
        var meta = context.Meta("home", site.Title, description, url) with
        {
            JsonLd = JsonLd.Collection(context, site.Title, url, description, site.Articles.Take(site.Settings.HomeArticleCount), []),
        };
        return new Page(PageKind.Home, url, meta, view);
    }

    /// <summary>The index of authors, cut into pages: <paramref name="paging"/> is <see cref="IndexPaging"/>'s.</summary>
    public static Page AuthorIndex(ViewContext context, Paging paging, int number)
    {
        var authors = context.Model.Authors;
        var view = new TermIndexView("Authors", $"The {Formatting.Count(authors.Terms.Count, "person", "people")} who wrote, edited or were interviewed for the articles in this collection.", [.. paging.Slice(authors.Terms, number).Select(t => context.Count(authors, t))], paging.Pager(number, "Pages of authors"));
        return Index(context, PageKind.AuthorIndex, "authors", paging, number, view);
    }

    public static Page ThemeIndex(ViewContext context, Paging paging, int number)
    {
        var themes = context.Model.Themes;
        var view = new TermIndexView("Themes", $"The {Formatting.Count(themes.Terms.Count, "theme", "themes")} that group the articles of this collection.", [.. paging.Slice(themes.Terms, number).Select(t => context.Count(themes, t))], paging.Pager(number, "Pages of themes"));
        return Index(context, PageKind.ThemeIndex, "themes", paging, number, view);
    }

    public static Paging IndexPaging(ViewContext context, Taxonomy taxonomy) =>
        Paging.Of(context.Urls.TaxonomyIndex(taxonomy.Name), taxonomy.Terms.Count, context.Model.Settings.ArchivePageSize);

    public static Paging ArchivePaging(ViewContext context) =>
        Paging.Of(context.Urls.Archive, context.Model.Articles.Count, context.Model.Settings.ArchivePageSize);

    /// <summary>Each year ("Undated" last) and the archive page where its articles begin, for the year links on every page.</summary>
    public static IReadOnlyList<LinkView> YearLinks(ViewContext context, Paging paging)
    {
        var links = new List<LinkView>();
        int? last = -1;
        foreach (var (i, article) in context.Model.Articles.Index())
        {
            var year = article.Date?.Year;
            if (year != last)
            {
                links.Add(new LinkView(YearLabel(year), paging.Url(paging.PageOf(i)) + "#" + YearId(year)));
                last = year;
            }
        }

        return links;
    }

    /// <summary>One page of the archive: its articles grouped by year, with links to every year and to the other pages.</summary>
    public static Page Archive(ViewContext context, Paging paging, IReadOnlyList<LinkView> yearLinks, int number)
    {
        var articles = context.Model.Articles;
        var shown = paging.Slice(articles, number);
        var years = shown
            .GroupBy(a => a.Date?.Year)
            .Select(g => new YearGroupView(YearLabel(g.Key), YearId(g.Key), [.. g.Select(a => context.Card(a))]))
            .ToList();
        var pager = paging.Pager(number, "Pages of the archive");
        var view = new ArchiveView("All articles", Formatting.Articles(articles.Count), yearLinks, years, pager);
        var url = paging.Url(number);
        var description = $"All {Formatting.Articles(articles.Count)} of the collection, newest first.";
        var meta = context.Meta("archive", paging.Title(view.Title, number), description, url) with
        {
            Pager = pager,
            JsonLd = JsonLd.Collection(context, paging.Title(view.Title, number), url, description, shown, [], firstPosition: paging.Items(number).Start.Value + 1),
        };
        return new Page(PageKind.Archive, url, meta, view);
    }

    public static Page Search(ViewContext context)
    {
        var view = new SearchView("Search", context.Urls.Archive, context.Urls.TaxonomyIndex("authors"), context.Urls.TaxonomyIndex("themes"));
        var meta = context.Meta("search", view.Title, "Search the full text of every article.", context.Urls.Search) with { NoIndex = true };
        return new Page(PageKind.Search, context.Urls.Search, meta, view);
    }

    public static Page NotFound(ViewContext context)
    {
        var view = new NotFoundView("Page not found", context.Urls.Home, context.Urls.Archive, context.Urls.Search);
        var meta = context.Meta("none", view.Title, "This page does not exist.", context.Urls.NotFound) with { NoIndex = true };
        return new Page(PageKind.NotFound, context.Urls.NotFound, meta, view);
    }

    private static Page Index(ViewContext context, PageKind kind, string section, Paging paging, int number, TermIndexView view)
    {
        var url = paging.Url(number);
        var meta = context.Meta(section, paging.Title(view.Title, number), view.Introduction, url) with
        {
            Pager = view.Pager,
            JsonLd = JsonLd.Collection(context, view.Title, url, view.Introduction, [], []),
        };
        return new Page(kind, url, meta, view);
    }

    /// <summary>A taxonomy's terms in its own order, or, past <see cref="HomeTermCount"/>, the busiest of them in that order.</summary>
    public static IReadOnlyList<Term> Busiest(Taxonomy taxonomy)
    {
        if (taxonomy.Terms.Count <= HomeTermCount)
        {
            return taxonomy.Terms;
        }

        var order = taxonomy.Terms.Index().ToDictionary(x => x.Item, x => x.Index);
        return [.. taxonomy.Terms.OrderByDescending(t => t.Articles.Count).ThenBy(t => order[t]).Take(HomeTermCount).OrderBy(t => order[t])];
    }

    private static string YearLabel(int? year) => year?.ToString(CultureInfo.InvariantCulture) ?? "Undated";

    private static string YearId(int? year) => year is { } y ? $"y{y.ToString(CultureInfo.InvariantCulture)}" : "undated";
}
