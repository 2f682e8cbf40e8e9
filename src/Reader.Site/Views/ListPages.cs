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
        // The header already names the site: when the introduction's title is that name again, the page's heading says what the site is.
        var heading = string.Equals(site.Title, site.Settings.SiteTitle, StringComparison.Ordinal) && !string.IsNullOrWhiteSpace(site.Description)
            ? site.Description.Trim().TrimEnd('.')
            : site.Title;
        var view = new HomeView(
            heading,
            context.Markdown(site.Introduction),
            [.. site.Articles.Take(site.Settings.HomeArticleCount).Select(a => context.Card(a))],
            context.Urls.Archive,
            Formatting.Articles(site.Articles.Count),
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
        var view = new TermIndexView("Authors", $"The {Formatting.Count(authors.Terms.Count, "person", "people")} who wrote, edited or were interviewed for the articles in this collection.", [.. authors.Terms.Select(t => context.Count(authors, t))]);
        return Index(context, PageKind.AuthorIndex, "authors", url, view);
    }

    public static Page ThemeIndex(ViewContext context)
    {
        var themes = context.Model.Themes;
        var url = context.Urls.TaxonomyIndex(themes.Name);
        var view = new TermIndexView("Themes", $"The {Formatting.Count(themes.Terms.Count, "theme", "themes")} that group the articles of this collection.", [.. themes.Terms.Select(t => context.Count(themes, t))]);
        return Index(context, PageKind.ThemeIndex, "themes", url, view);
    }

    public static Page Archive(ViewContext context)
    {
        var articles = context.Model.Articles;
        var years = articles
            .GroupBy(a => a.Date?.Year)
            .Select(g => new YearGroupView(
                g.Key?.ToString(CultureInfo.InvariantCulture) ?? "Undated",
                g.Key is { } year ? $"y{year.ToString(CultureInfo.InvariantCulture)}" : "undated",
                [.. g.Select(a => context.Card(a))]))
            .ToList();
        var view = new ArchiveView("All articles", Formatting.Articles(articles.Count), [.. years.Select(y => new LinkView(y.Label, "#" + y.Id))], years);
        var url = context.Urls.Archive;
        var description = $"All {Formatting.Articles(articles.Count)} of the collection, newest first.";
        var meta = context.Meta("archive", view.Title, description, url) with
        {
            JsonLd = JsonLd.Collection(context, view.Title, url, description, articles, []),
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

    private static Page Index(ViewContext context, PageKind kind, string section, string url, TermIndexView view)
    {
        var meta = context.Meta(section, view.Title, view.Introduction, url) with
        {
            JsonLd = JsonLd.Collection(context, view.Title, url, view.Introduction, [], []),
        };
        return new Page(kind, url, meta, view);
    }
}
