using System.Diagnostics;
using Reader.Content;
using Reader.Site.Checks;
using Reader.Site.Images;
using Reader.Site.Incremental;
using Reader.Site.Language;
using Reader.Site.Model;
using Reader.Site.Outputs;
using Reader.Site.Outputs.Epub;
using Reader.Site.Rendering;
using Reader.Site.Text;
using Reader.Site.Views;

namespace Reader.Site;

/// <summary>
/// Builds the site again and again, doing only the work a change needs: input files whose text is unchanged are
/// not parsed again, a site whose front matter is unchanged is patched rather than assembled again, bodies whose
/// text is unchanged are not read again, pages, feeds and search shards whose inputs are unchanged are not
/// rendered again, templates and assets are reloaded only when the <c>theme/</c> folder changed, and only files
/// whose bytes changed are written. <see cref="SiteBuilder.Build"/> is one build of a new session, so both share
/// every step.
/// </summary>
/// <param name="incremental">
/// Remember what each build read and wrote, so the next one does only what changed. A single build
/// (<see cref="SiteBuilder.Build"/>) into an empty folder skips that bookkeeping.
/// </param>
/// <param name="includeDrafts">Build articles marked <c>draft: true</c> too, each with a banner saying so: what a preview shows.</param>
/// <param name="imageCache">Where smaller copies of images are kept between builds (<see cref="SiteImages"/>); null keeps none.</param>
public sealed class SiteSession(ReaderSettings settings, string inputDir, string themeDir, string outputDir, bool incremental = true, bool includeDrafts = false, string? imageCache = null)
{
    // Absolute and normalised, so the paths a file watcher reports can be compared with the paths listed here.
    private readonly string _inputDir = Path.GetFullPath(inputDir);
    private readonly InputCache? _inputs = incremental ? new InputCache() : null;
    private readonly SiteAssembly? _assembly = incremental ? new SiteAssembly() : null;
    private readonly ArticleTextCache _texts = new(remember: incremental);
    private readonly OutputState? _outputs = incremental ? new OutputState() : null;
    private readonly RelatedArticles? _related = incremental ? new RelatedArticles(settings.RelatedArticleCount) : null;
    private readonly ArticleMemo? _memo = incremental ? new ArticleMemo() : null;
    private readonly EbookChapters? _chapters = incremental ? new EbookChapters() : null;
    private readonly SiteUrls _urls = new(settings);
    private ArticleBodyRenderer? _bodies;
    private string? _themeKey;
    private TemplateSet? _templates;
    private InterfaceText? _text;
    private IReadOnlyList<Diagnostic> _templateDiagnostics = [];
    private IReadOnlyList<string> _assets = [];

    public ReaderSettings Settings => settings;

    /// <summary>
    /// Builds into the output folder. When the build has errors nothing is deleted, so the last good page of
    /// an article whose file is broken is still there to read; templates that fail to load write nothing.
    /// </summary>
    /// <param name="changedFiles">
    /// The input files changed since the last build, as a file watcher saw them: other files the last build found
    /// settled are taken as unchanged without checking their size and time. Null checks every file.
    /// </param>
    public SiteBuildResult Build(IProgress<StepProgress>? progress = null, IReadOnlyCollection<string>? changedFiles = null)
    {
        var stopwatch = Stopwatch.StartNew();
        var diagnostics = new DiagnosticBag();
        try
        {
            return BuildInto(diagnostics, progress, changedFiles) with { Diagnostics = Sorted(diagnostics), Elapsed = stopwatch.Elapsed };
        }
        catch (Exception thrown) when (IoProblem.Find(thrown) is { } e)
        {
            diagnostics.Add(Diagnostic.Error(outputDir, null, $"could not write the site: {e.Message}", IoProblem.Hint(e)));
            return new SiteBuildResult(0, 0, Sorted(diagnostics), stopwatch.Elapsed) { Parsed = Parsed };
        }
    }

    private SiteBuildResult BuildInto(DiagnosticBag diagnostics, IProgress<StepProgress>? progress, IReadOnlyCollection<string>? changedFiles)
    {
        var phases = new BuildPhases();

        // The templates are parsed on another core while the input is read.
        var templates = Task.Run(LoadTemplates);
        _inputs?.BeginBuild(changedFiles);
        var site = phases.Time("load", () => SiteLoader.Load(settings, _inputDir, diagnostics, _inputs, _assembly, includeDrafts));
        _inputs?.EndBuild();
        var templatesLoaded = phases.Time("templates", () => templates.GetAwaiter().GetResult());
        diagnostics.AddRange(_templateDiagnostics);
        progress?.Report(new StepProgress("load", site.Articles.Count, site.Articles.Count));
        if (_templates is null || _text is null)
        {
            return new SiteBuildResult(0, 0, [], TimeSpan.Zero) { Parsed = Parsed, TemplatesLoaded = templatesLoaded };
        }

        if (templatesLoaded)
        {
            _outputs?.ForgetInputs();
        }

        var urls = _urls;
        var output = new OutputWriter(outputDir, _outputs, diagnostics);
        var images = new SiteImages(_inputDir, urls, imageCache, diagnostics);
        var context = Analyse(site, urls, images, output, phases);

        // Feeds and e-books come first: they read the bodies' HTML while the analysis still keeps it.
        phases.Time("feeds", () => WriteFeeds(context, output));
        phases.Time("citations", () => WriteCitations(context, output));
        phases.Time("ebooks", () => new Ebooks(context, _inputDir, themeDir, _chapters).Write(output));
        phases.Time("images", () => images.Write(output));
        var plan = phases.Time("pages", () =>
        {
            var plan = PageFactory.Plan(context);
            SiteRenderer.Render(plan, _templates, context, output, diagnostics, progress);
            return plan;
        });
        phases.Time("sitemap", () =>
        {
            output.Write("robots.txt", RobotsTxt.Write(urls, settings.GenerateSitemap));
            if (settings.GenerateSitemap)
            {
                foreach (var file in Sitemap.Files(urls, plan.Select(p => p.Sitemap)))
                {
                    output.WriteBytes(urls.OutputPath(file.Url), null, () => file.Write());
                }
            }
        });

        var written = output.Written;
        progress?.Report(new StepProgress("write", written.Count, written.Count));
        IReadOnlyList<string> assets = templatesLoaded ? OutputWriter.CopyAssets(themeDir, outputDir, diagnostics) : [];
        if (templatesLoaded)
        {
            _assets = assets;
        }

        // A broken link or a missing local image fails the build, before anything is deleted.
        phases.Time("links", () => BodyLinkChecker.Check(context, new HashSet<string>([.. output.Claimed, .. _assets], StringComparer.Ordinal), diagnostics));
        var deleted = phases.Time("clean-up", () => diagnostics.HasErrors ? [] : output.DeleteStale());
        return new SiteBuildResult(written.Count(p => p.EndsWith(".html", StringComparison.Ordinal)), written.Count + assets.Count, [], TimeSpan.Zero)
        {
            Parsed = Parsed,
            FilesRendered = output.Rendered,
            BodiesAnalysed = _texts.Analysed,
            FilesDeleted = deleted.Count,
            Changed = [.. written, .. assets],
            Deleted = deleted,
            TemplatesLoaded = templatesLoaded,
            Phases = phases.Items,
            Drafts = site.Articles.Count(a => a.Matter.Draft),
        };
    }

    private IReadOnlyList<string> Parsed => _inputs?.Parsed ?? [];

    /// <summary>
    /// Reads every body, ranks related articles and writes the search index. Word counts and search texts, the
    /// largest things a build holds, stay inside this method, so they are gone before the pages are made.
    /// </summary>
    private ViewContext Analyse(Model.Site site, SiteUrls urls, SiteImages images, OutputWriter output, BuildPhases phases)
    {
        _texts.BeginBuild();
        var bodies = new ArticleBodyRenderer(site, urls, _bodies, images, _text!["passage_link"]);
        _bodies = incremental ? bodies : null;
        var analyses = new ArticleAnalysis[site.Articles.Count];
        phases.Time("analyse", () => Parallel.For(0, analyses.Length, i => analyses[i] = _texts.Get(site.Articles[i], bodies)));
        _texts.Retain(site.Articles.Select(a => a.Slug));
        _memo?.Retain(site.Articles.Select(a => a.Slug));
        _chapters?.Retain(site.Articles.Select(a => a.Slug));

        var ranking = _related ?? new RelatedArticles(settings.RelatedArticleCount);
        var related = phases.Time("related", () => ranking.Update(site.Articles, [.. analyses.Select(a => a.Terms)], _texts.Vocabulary));
        var context = phases.Time("views", () => new ViewContext(site, urls, [.. analyses.Select(a => a.Text)], related, bodies, _text!, _memo));
        phases.Time("search", () => WriteSearchIndex(context, [.. analyses.Select(a => a.SearchTokens)], _texts.Vocabulary, output));
        return context;
    }

    /// <summary>Parses the templates and reads the site's words on the first build and whenever a file under the theme folder changed.</summary>
    private bool LoadTemplates()
    {
        var key = ThemeFingerprint.Of(themeDir);
        if (key == _themeKey && _themeKey is not null)
        {
            return false;
        }

        var diagnostics = new DiagnosticBag();
        _templates = TemplateSet.Load(themeDir, diagnostics);
        _text = InterfaceText.Load(themeDir, settings.SiteLanguage, diagnostics);
        _templateDiagnostics = diagnostics.Items;
        _themeKey = key;
        return true;
    }

    /// <summary>The site's feed, and one for each author and theme, each as Atom and as JSON Feed.</summary>
    private static void WriteFeeds(ViewContext context, OutputWriter output)
    {
        var site = context.Model;
        var urls = context.Urls;
        var feeds = new List<FeedSpec> { new(site.Settings.SiteTitle, urls.Feed, urls.JsonFeed, urls.Home, site.Articles) };
        foreach (var (taxonomy, term) in site.Authors.Terms.Select(t => (site.Authors, t)).Concat(site.Themes.Terms.Select(t => (site.Themes, t))))
        {
            var title = context.Words.Format("feed_term", ("site", site.Settings.SiteTitle), ("name", term.Name));
            feeds.Add(new(title, urls.TermFeed(taxonomy.Name, term.Slug), urls.TermJsonFeed(taxonomy.Name, term.Slug), urls.Term(taxonomy.Name, term.Slug), term.Articles));
        }

        Parallel.ForEach(feeds, feed =>
        {
            object Inputs() => new { feed.Title, feed.AtomUrl, feed.JsonUrl, context.SiteLanguage, Articles = AtomFeed.Entries(context, feed.Articles).Select(context.Stamps.Of) };
            output.WriteBytes(urls.OutputPath(feed.AtomUrl), Inputs, () => AtomFeed.Write(context, feed));
            output.WriteBytes(urls.OutputPath(feed.JsonUrl), Inputs, () => JsonFeed.Write(context, feed));
        });
    }

    /// <summary>Each article's citation as BibTeX, RIS and CSL-JSON beside its page, and the whole collection's in one file of each.</summary>
    private static void WriteCitations(ViewContext context, OutputWriter output)
    {
        var urls = context.Urls;
        var citations = context.Model.Articles.Select(context.Citation).ToList();
        var formats = new (string Extension, Func<IReadOnlyList<Citations.Citation>, string> Write)[]
        {
            ("bib", Citations.BibTex.Write),
            ("ris", Citations.Ris.Write),
            ("json", Citations.CslJson.Write),
        };
        // Compared by their articles' stamps, not by the citations themselves: serialising every citation to compare
        // it was the largest part of a rebuild in serve after one edit.
        var articles = context.Model.Articles;
        var keys = citations.Select(c => c.Key).ToList();
        Parallel.For(0, citations.Count, i =>
        {
            foreach (var (extension, write) in formats)
            {
                output.Write(urls.OutputPath(urls.Citation(articles[i].Slug, extension)), () => context.Stamps.Citation(articles[i], keys[i]), () => write([citations[i]]));
            }
        });
        foreach (var (extension, write) in formats)
        {
            output.Write(urls.OutputPath(urls.Citations(extension)), () => context.Stamps.Citations(articles, keys), () => write(citations));
        }
    }

    /// <param name="tokens">Each article's search tokens, in the site's article order.</param>
    private static void WriteSearchIndex(ViewContext context, IReadOnlyList<int[]> tokens, Vocabulary vocabulary, OutputWriter output)
    {
        if (!context.Model.Settings.GenerateSearchIndex)
        {
            return;
        }

        var urls = context.Urls;
        var articles = context.Model.Articles;

        // People's and themes' names are found as the words of the text are, read once for each person and theme.
        var names = new Dictionary<Term, int[]>();
        foreach (var term in context.Model.Authors.Terms.Concat(context.Model.Themes.Terms))
        {
            names[term] = SearchTokens.Of(Words.Fold(term.Name), vocabulary);
        }

        var extra = new int[articles.Count][];
        Parallel.For(0, articles.Count, i => extra[i] = SearchPostings.Extra(tokens[i], Bylines.Listed(articles[i]).Select(c => names[c.Person]).Concat(articles[i].Themes.Select(t => names[t]))));
        var postings = new SearchPostings(tokens, extra, vocabulary.Count);
        var shards = SearchIndex.TermShards(postings, vocabulary);
        output.Write(urls.OutputPath(urls.SearchIndex), SearchIndex.Manifest(urls, articles.Count, shards));
        Parallel.ForEach(shards, shard => output.WriteBytes(
            urls.OutputPath(urls.SearchTermShard(shard.Key)),
            () => SearchIndex.TermsStamp(shard, postings, vocabulary),
            () => SearchIndex.Terms(shard, postings, vocabulary)));
        var articleShards = SearchIndex.ArticleShards(articles.Count);
        Parallel.For(0, articleShards.Count, i => output.WriteBytes(
            urls.OutputPath(urls.SearchArticleShard(i)),
            () => SearchIndex.ArticlesInputs(context, articleShards[i]),
            () => SearchIndex.Articles(context, articleShards[i])));
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
