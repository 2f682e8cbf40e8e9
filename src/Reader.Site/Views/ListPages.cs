using System.Globalization;
using Reader.Site.Rendering;

namespace Reader.Site.Views;

/// <summary>Builds the pages that list things: home, the author and theme indexes, the archive, search and 404.</summary>
public static class ListPages
{
    public static Page Home(ViewContext context)
    {
        var site = context.Model;
        var url = context.Urls.Home;
        var view = new HomeView(
            site.Title,
            context.Markdown(site.Introduction),
            [.. site.Articles.Take(site.Settings.HomeArticleCount).Select(a => context.Card(a))],
            context.Urls.Archive,
            context.Words.Format("home_all_articles", ("count", context.Words.Count("count_articles", site.Articles.Count))),
            [.. site.Themes.Terms.Select(t => context.Count(site.Themes, t))],
            [.. site.Authors.Terms.Select(t => context.Count(site.Authors, t))]);
        var description = site.Description ?? site.Settings.SiteDescription;
        var meta = context.Meta("home", site.Title, description, url) with
        {
            JsonLd = JsonLd.Collection(context, site.Title, url, description, site.Articles.Take(site.Settings.HomeArticleCount), []),
        };
        return new Page(PageKind.Home, url, meta, view);
    }

    public static Page AuthorIndex(ViewContext context)
    {
        var authors = context.Model.Authors;
        var url = context.Urls.TaxonomyIndex(authors.Name);
        var words = context.Words;
        var view = new TermIndexView(words["authors_title"], words.Format("authors_introduction", ("count", words.Count("count_people", authors.Terms.Count))), [.. authors.Terms.Select(t => context.Count(authors, t))]);
        return Index(context, PageKind.AuthorIndex, "authors", url, view);
    }

    public static Page ThemeIndex(ViewContext context)
    {
        var themes = context.Model.Themes;
        var url = context.Urls.TaxonomyIndex(themes.Name);
        var words = context.Words;
        var view = new TermIndexView(words["themes_title"], words.Format("themes_introduction", ("count", words.Count("count_themes", themes.Terms.Count))), [.. themes.Terms.Select(t => context.Count(themes, t))]);
        return Index(context, PageKind.ThemeIndex, "themes", url, view);
    }

    public static Page Archive(ViewContext context)
    {
        var articles = context.Model.Articles;
        var words = context.Words;
        var years = articles
            .GroupBy(a => a.Date?.Year)
            .Select(g => new YearGroupView(
                g.Key?.ToString(CultureInfo.InvariantCulture) ?? words["archive_undated"],
                g.Key is { } year ? $"y{year.ToString(CultureInfo.InvariantCulture)}" : "undated",
                [.. g.Select(a => context.Card(a))]))
            .ToList();
        var count = words.Count("count_articles", articles.Count);
        var view = new ArchiveView(words["archive_title"], words.Format("archive_count", ("count", count)), [.. years.Select(y => new LinkView(y.Label, "#" + y.Id))], years);
        var url = context.Urls.Archive;
        var description = words.Format("archive_description", ("count", count));
        var meta = context.Meta("archive", view.Title, description, url) with
        {
            JsonLd = JsonLd.Collection(context, view.Title, url, description, articles, []),
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

    private static Page Index(ViewContext context, PageKind kind, string section, string url, TermIndexView view)
    {
        var meta = context.Meta(section, view.Title, view.Introduction, url) with
        {
            JsonLd = JsonLd.Collection(context, view.Title, url, view.Introduction, [], []),
        };
        return new Page(kind, url, meta, view);
    }
}
