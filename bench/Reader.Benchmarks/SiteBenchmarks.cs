using BenchmarkDotNet.Attributes;
using Reader.Content;
using Reader.Site;
using Reader.Site.Model;
using Reader.Site.Rendering;
using Reader.Site.Text;
using Reader.Site.Views;

namespace Reader.Benchmarks;

/// <summary>The site's hot paths over a 500-article corpus: body analysis, related-article ranking and page rendering.</summary>
[MemoryDiagnoser]
public class SiteBenchmarks
{
    private Site.Model.Site _site = null!;
    private ArticleText[] _texts = [];
    private IReadOnlyList<TermCount>[] _terms = [];
    private Vocabulary _vocabulary = null!;
    private IReadOnlyList<Page> _pages = [];
    private TemplateSet _templates = null!;
    private PageRenderer _renderer = null!;

    [GlobalSetup]
    public void Setup()
    {
        var diagnostics = new DiagnosticBag();
        _site = SiteLoader.Load(BenchCorpus.Settings, BenchCorpus.InputDir, diagnostics);
        var urls = new SiteUrls(BenchCorpus.Settings);
        _vocabulary = new Vocabulary();
        var analyses = _site.Articles.Select(a => ArticleAnalyser.Analyse(a, _vocabulary)).ToList();
        _texts = [.. analyses.Select(a => a.Text)];
        _terms = [.. analyses.Select(a => a.Terms)];
        var words = Site.Language.InterfaceText.Load(Path.Combine(BenchCorpus.RepositoryRoot, "theme"), BenchCorpus.Settings.SiteLanguage, diagnostics)!;
        var context = new ViewContext(_site, urls, _texts, RelatedArticlesFor500(), new ArticleBodyRenderer(_site, urls), words);
        _pages = PageFactory.All(context);
        _templates = TemplateSet.Load(Path.Combine(BenchCorpus.RepositoryRoot, "theme"), diagnostics)!;
        _renderer = new PageRenderer(_templates, context.SiteView);
    }

    [Benchmark]
    public object AnalyseOneBody() => ArticleAnalyser.Analyse(_site.Articles[0], _vocabulary);

    [Benchmark]
    public IReadOnlyList<Article>[] RelatedArticlesFor500() =>
        RelatedArticles.Compute(_site.Articles, _terms, _vocabulary, 5);

    /// <summary>Every page of the site through the templates, article bodies included, without writing files.</summary>
    [Benchmark]
    public int RenderEveryPage()
    {
        var length = 0;
        foreach (var page in _pages)
        {
            length += _renderer.Render(page, new DiagnosticBag())?.Length ?? 0;
        }

        return length;
    }
}
