using System.Diagnostics;
using Reader.Content;
using Reader.Site.Model;
using Reader.Site.Outputs;
using Reader.Site.Rendering;
using Reader.Site.Text;
using Reader.Site.Views;

namespace Reader.Site;

/// <summary>
/// Builds the site: input/ → <see cref="Model.Site"/> → pages → output/. Problems become diagnostics in the
/// result, never exceptions. Content errors (an unknown theme, a broken front matter) still produce a site
/// that can be previewed; template errors produce nothing, as every page would be wrong.
/// </summary>
public static class SiteBuilder
{
    public static SiteBuildResult Build(ReaderSettings settings, string inputDir, string themeDir, string outputDir)
    {
        var stopwatch = Stopwatch.StartNew();
        var diagnostics = new DiagnosticBag();
        try
        {
            var (pages, files) = BuildInto(settings, inputDir, themeDir, outputDir, diagnostics);
            return new SiteBuildResult(pages, files, Sorted(diagnostics), stopwatch.Elapsed);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            diagnostics.Add(Diagnostic.Error(outputDir, null, $"could not write the site: {e.Message}", "check that the output folder is writable"));
            return new SiteBuildResult(0, 0, Sorted(diagnostics), stopwatch.Elapsed);
        }
    }

    private static (int Pages, int Files) BuildInto(ReaderSettings settings, string inputDir, string themeDir, string outputDir, DiagnosticBag diagnostics)
    {
        var templates = TemplateSet.Load(themeDir, diagnostics);
        var site = SiteLoader.Load(settings, inputDir, diagnostics);
        if (templates is null)
        {
            return (0, 0);
        }

        var urls = new SiteUrls(settings);
        var bodies = ArticleBodyRenderer.RenderAll(site, urls);
        var related = RelatedArticles.Compute(site.Articles, settings.RelatedArticleCount);
        var context = new ViewContext(site, urls, bodies, related);
        var pages = PageFactory.All(context);
        var rendered = SiteRenderer.Render(pages, templates, context, diagnostics);

        var files = new List<RenderedPage>(rendered);
        files.AddRange(Feeds(context));
        files.Add(new RenderedPage("robots.txt", RobotsTxt.Write(urls, settings.GenerateSitemap)));
        if (settings.GenerateSitemap)
        {
            files.Add(new RenderedPage("sitemap.xml", Sitemap.Write(urls, pages)));
        }

        if (settings.GenerateSearchIndex)
        {
            files.Add(new RenderedPage("search-index.json", SearchIndex.Write(context)));
        }

        var written = OutputWriter.Write(outputDir, files, diagnostics);
        var assets = OutputWriter.CopyAssets(themeDir, outputDir);
        return (rendered.Count, written + assets);
    }

    private static IEnumerable<RenderedPage> Feeds(ViewContext context)
    {
        var site = context.Model;
        var urls = context.Urls;
        yield return new RenderedPage("feed.xml", AtomFeed.Write(context, site.Settings.SiteTitle, urls.Feed, urls.Home, site.Articles));
        foreach (var (taxonomy, term) in site.Authors.Terms.Select(t => (site.Authors, t)).Concat(site.Themes.Terms.Select(t => (site.Themes, t))))
        {
            var feedUrl = urls.TermFeed(taxonomy.Name, term.Slug);
            yield return new RenderedPage(urls.OutputPath(feedUrl), AtomFeed.Write(context, $"{site.Settings.SiteTitle}: {term.Name}", feedUrl, urls.Term(taxonomy.Name, term.Slug), term.Articles));
        }
    }

    /// <summary>Diagnostics arrive from parallel work; sorting makes the report the same on every run.</summary>
    private static IReadOnlyList<Diagnostic> Sorted(DiagnosticBag diagnostics) =>
    [
        .. diagnostics.Items
            .OrderBy(d => d.Path, StringComparer.Ordinal)
            .ThenBy(d => d.Line ?? 0)
            .ThenBy(d => d.Column ?? 0)
            .ThenBy(d => d.Message, StringComparer.Ordinal),
    ];
}
