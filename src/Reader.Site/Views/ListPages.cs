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
        // The header already names the site: when the introduction's title is that name again, the page's heading says what the site is.
        var heading = string.Equals(site.Title, site.Settings.SiteTitle, StringComparison.Ordinal) && !string.IsNullOrWhiteSpace(site.Description)
            ? site.Description.Trim().TrimEnd('.')
            : site.Title;
        var view = new HomeView(
            heading,
            context.Markdown(site.Introduction),
            [.. site.Articles.Take(site.Settings.HomeArticleCount).Select(a => context.Card(a))],
            context.Urls.Archive,
            context.Words.Format("home_all_articles", ("count", context.Words.Count("count_articles", site.Articles.Count))),
            [.. Busiest(site.Themes).Select(t => context.Count(site.Themes, t))],
            [.. Busiest(site.Authors).Select(t => context.Count(site.Authors, t))],
            site.Themes.Terms.Count > HomeTermCount ? new LinkView(context.Words.Format("home_all_themes", ("themes", context.Words.Count("count_themes", site.Themes.Terms.Count))), context.Urls.TaxonomyIndex(site.Themes.Name)) : null,
            site.Authors.Terms.Count > HomeTermCount ? new LinkView(context.Words.Format("home_all_authors", ("people", context.Words.Count("count_people", site.Authors.Terms.Count))), context.Urls.TaxonomyIndex(site.Authors.Name)) : null);
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
        var words = context.Words;
        var view = new TermIndexView(words["authors_title"], words.Format("authors_introduction", ("count", words.Count("count_people", authors.Terms.Count))), [.. paging.Slice(authors.Terms, number).Select(t => context.Count(authors, t))], paging.Pager(words, number, words["pager_authors"]));
        return Index(context, PageKind.AuthorIndex, "authors", paging, number, view);
    }

    public static Page ThemeIndex(ViewContext context, Paging paging, int number)
    {
        var themes = context.Model.Themes;
        var words = context.Words;
        var view = new TermIndexView(words["themes_title"], words.Format("themes_introduction", ("count", words.Count("count_themes", themes.Terms.Count))), [.. paging.Slice(themes.Terms, number).Select(t => context.Count(themes, t))], paging.Pager(words, number, words["pager_themes"]));
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
                links.Add(new LinkView(YearLabel(context.Words, year), paging.Url(paging.PageOf(i)) + "#" + YearId(year)));
                last = year;
            }
        }

        return links;
    }

    /// <summary>One page of the archive: its articles grouped by year, with links to every year and to the other pages.</summary>
    public static Page Archive(ViewContext context, Paging paging, IReadOnlyList<LinkView> yearLinks, int number)
    {
        var articles = context.Model.Articles;
        var words = context.Words;
        var shown = paging.Slice(articles, number);
        var years = shown
            .GroupBy(a => a.Date?.Year)
            .Select(g => new YearGroupView(YearLabel(words, g.Key), YearId(g.Key), [.. g.Select(a => context.Card(a))]))
            .ToList();
        var pager = paging.Pager(words, number, words["pager_archive"]);
        var count = words.Count("count_articles", articles.Count);
        var view = new ArchiveView(words["archive_title"], words.Format("archive_count", ("count", count)), yearLinks, years, pager);
        var url = paging.Url(number);
        var description = words.Format("archive_description", ("count", count));
        var meta = context.Meta("archive", paging.Title(words, view.Title, number), description, url) with
        {
            Pager = pager,
            JsonLd = JsonLd.Collection(context, paging.Title(words, view.Title, number), url, description, shown, [], firstPosition: paging.Items(number).Start.Value + 1),
        };
        return new Page(PageKind.Archive, url, meta, view);
    }

    public static Page Search(ViewContext context)
    {
        var view = new SearchView(context.Words["search_title"], context.Urls.Archive, context.Urls.TaxonomyIndex("authors"), context.Urls.TaxonomyIndex("themes"));
        var meta = context.Meta("search", view.Title, context.Words["search_description"], context.Urls.Search) with { NoIndex = true };
        return new Page(PageKind.Search, context.Urls.Search, meta, view);
    }

    public static Page NotFound(ViewContext context)
    {
        var view = new NotFoundView(context.Words["not_found_title"], context.Urls.Home, context.Urls.Archive, context.Urls.Search);
        var meta = context.Meta("none", view.Title, context.Words["not_found_description"], context.Urls.NotFound) with { NoIndex = true };
        return new Page(PageKind.NotFound, context.Urls.NotFound, meta, view);
    }

    private static Page Index(ViewContext context, PageKind kind, string section, Paging paging, int number, TermIndexView view)
    {
        var url = paging.Url(number);
        var meta = context.Meta(section, paging.Title(context.Words, view.Title, number), view.Introduction, url) with
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

    private static string YearLabel(Language.InterfaceText words, int? year) => year?.ToString(CultureInfo.InvariantCulture) ?? words["archive_undated"];

    private static string YearId(int? year) => year is { } y ? $"y{y.ToString(CultureInfo.InvariantCulture)}" : "undated";
}
