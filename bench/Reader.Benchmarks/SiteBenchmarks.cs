using BenchmarkDotNet.Attributes;
using Reader.Content;
using Reader.Site;
using Reader.Site.Model;
using Reader.Site.Rendering;
using Reader.Site.Text;
using Reader.Site.Views;

namespace Reader.Benchmarks;

/// <summary>The site's hot paths over a 500-article corpus: related-article ranking and template rendering.</summary>
[MemoryDiagnoser]
public class SiteBenchmarks
{
    private Site.Model.Site _site = null!;
    private ViewContext _context = null!;
    private IReadOnlyList<Page> _pages = [];
    private TemplateSet _templates = null!;

    [GlobalSetup]
    public void Setup()
    {
        var diagnostics = new DiagnosticBag();
        _site = SiteLoader.Load(BenchCorpus.Settings, BenchCorpus.InputDir, diagnostics);
        var urls = new SiteUrls(BenchCorpus.Settings);
        var bodies = ArticleBodyRenderer.RenderAll(_site, urls);
        _context = new ViewContext(_site, urls, bodies, RelatedArticles.Compute(_site.Articles, 5));
        _pages = PageFactory.All(_context);
        _templates = TemplateSet.Load(Path.Combine(BenchCorpus.RepositoryRoot, "theme"), diagnostics)!;
    }

    [Benchmark]
    public object RelatedArticlesFor500() => RelatedArticles.Compute(_site.Articles, 5);

    [Benchmark]
    public object RenderEveryPage() => SiteRenderer.Render(_pages, _templates, _context, new DiagnosticBag());
}
