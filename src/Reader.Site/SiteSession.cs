using System.Diagnostics;
using Reader.Content;
using Reader.Site.Incremental;
using Reader.Site.Model;
using Reader.Site.Outputs;
using Reader.Site.Rendering;
using Reader.Site.Text;
using Reader.Site.Views;

namespace Reader.Site;

/// <summary>
/// Builds the site again and again, doing only the work a change needs: input files whose text is unchanged are
/// not parsed again, article bodies whose Markdown and links are unchanged are not rendered again, templates
/// and assets are reloaded only when the <c>theme/</c> folder changed, and only files whose bytes changed are
/// written. <see cref="SiteBuilder.Build"/> is one build of a new session, so both share every step.
/// </summary>
public sealed class SiteSession(ReaderSettings settings, string inputDir, string themeDir, string outputDir)
{
    private readonly InputCache _inputs = new();
    private readonly ArticleBodyCache _bodies = new();
    private readonly OutputState _outputs = new();
    private string? _themeKey;
    private TemplateSet? _templates;
    private IReadOnlyList<Diagnostic> _templateDiagnostics = [];

    public ReaderSettings Settings => settings;

    /// <summary>
    /// Builds into the output folder. When the build has errors nothing is deleted, so the last good page of
    /// an article whose file is broken is still there to read; templates that fail to load write nothing.
    /// </summary>
    public SiteBuildResult Build(IProgress<StepProgress>? progress = null)
    {
        var stopwatch = Stopwatch.StartNew();
        var diagnostics = new DiagnosticBag();
        try
        {
            return BuildInto(diagnostics, progress) with { Diagnostics = Sorted(diagnostics), Elapsed = stopwatch.Elapsed };
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            diagnostics.Add(Diagnostic.Error(outputDir, null, $"could not write the site: {e.Message}", "check that the output folder is writable"));
            return new SiteBuildResult(0, 0, Sorted(diagnostics), stopwatch.Elapsed) { Parsed = _inputs.Parsed };
        }
    }

    private SiteBuildResult BuildInto(DiagnosticBag diagnostics, IProgress<StepProgress>? progress)
    {
        var templatesLoaded = LoadTemplates();
        diagnostics.AddRange(_templateDiagnostics);
        _inputs.BeginBuild();
        var site = SiteLoader.Load(settings, inputDir, diagnostics, _inputs);
        _inputs.EndBuild();
        progress?.Report(new StepProgress("load", site.Articles.Count, site.Articles.Count));
        if (_templates is null)
        {
            return new SiteBuildResult(0, 0, [], TimeSpan.Zero) { Parsed = _inputs.Parsed, TemplatesLoaded = templatesLoaded };
        }

        var urls = new SiteUrls(settings);
        var bodies = ArticleBodyRenderer.RenderAll(site, urls, _bodies);
        var related = RelatedArticles.Compute(site.Articles, settings.RelatedArticleCount);
        var context = new ViewContext(site, urls, bodies, related);
        var pages = PageFactory.All(context);
        var rendered = SiteRenderer.Render(pages, _templates, context, diagnostics, progress);

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

        var written = OutputWriter.Write(outputDir, files, diagnostics, _outputs);
        progress?.Report(new StepProgress("write", files.Count, files.Count));
        var assets = templatesLoaded ? OutputWriter.CopyAssets(themeDir, outputDir) : 0;
        var deleted = diagnostics.HasErrors ? 0 : OutputWriter.DeleteStale(outputDir, files, _outputs);
        return new SiteBuildResult(written.Count(p => p.EndsWith(".html", StringComparison.Ordinal)), written.Count + assets, [], TimeSpan.Zero)
        {
            Parsed = _inputs.Parsed,
            PagesRendered = rendered.Count,
            BodiesRendered = _bodies.RenderedCount,
            FilesDeleted = deleted,
            TemplatesLoaded = templatesLoaded,
        };
    }

    /// <summary>Compiles the templates on the first build and whenever a file under the theme folder changed.</summary>
    private bool LoadTemplates()
    {
        var key = ThemeFingerprint.Of(themeDir);
        if (key == _themeKey && _themeKey is not null)
        {
            return false;
        }

        var diagnostics = new DiagnosticBag();
        _templates = TemplateSet.Load(themeDir, diagnostics);
        _templateDiagnostics = diagnostics.Items;
        _themeKey = key;
        return true;
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
