using Reader.Site.Incremental;
using Reader.Site.Model;
using Reader.Site.Text;

namespace Reader.Site.Views;

/// <summary>
/// What every page factory needs: the site, its URLs, each article's text analysis and related articles (in the
/// site's article order), and the renderer of article bodies.
/// </summary>
public sealed class ViewContext
{
    private readonly Dictionary<Article, int> _index;
    private readonly IReadOnlyList<IReadOnlyList<Article>> _related;
    private readonly ArticleMemo.Entry[] _derived;
    private Stamps? _stamps;
    private Dictionary<Term, List<(Article Article, ArticleCredit Credit)>>? _creditsByPerson;

    /// <param name="memo">An incremental session's cards and stamps from earlier builds, reused where still valid.</param>
    public ViewContext(Model.Site site, SiteUrls urls, IReadOnlyList<ArticleText> texts, IReadOnlyList<IReadOnlyList<Article>> related, ArticleBodyRenderer bodies, ArticleMemo? memo = null)
    {
        Model = site;
        Urls = urls;
        _related = related;
        Bodies = bodies;
        _index = new Dictionary<Article, int>(site.Articles.Count, ReferenceEqualityComparer.Instance);
        foreach (var (i, article) in site.Articles.Index())
        {
            _index[article] = i;
        }

        SiteView = new SiteView(
            site.Settings.SiteTitle,
            site.Settings.SiteDescription,
            site.Settings.SiteLanguage,
            urls.Home,
            urls.Archive,
            urls.TaxonomyIndex("authors"),
            urls.TaxonomyIndex("themes"),
            urls.Search,
            urls.Feed,
            urls.Asset("site.css"),
            urls.Asset("site.js"),
            urls.Asset("theme-init.js"),
            urls.Asset("favicon.svg"),
            site.Settings.GenerateSearchIndex ? urls.SearchIndex : null);

        // An article is listed on many pages (home, archive, its people and themes, related lists): its card is built once.
        _derived = new ArticleMemo.Entry[site.Articles.Count];
        var stamps = memo is null ? null : Stamps;
        Parallel.For(0, _derived.Length, i =>
        {
            var article = site.Articles[i];
            var derived = memo?.For(article, texts[i], bodies.MentionsKey, stamps!.Context) ?? new ArticleMemo.Entry(article.Matter, texts[i], "");
            derived.Card ??= NewCard(article);
            _derived[i] = derived;
        });
    }

    public Model.Site Model { get; }

    public SiteUrls Urls { get; }

    public ArticleBodyRenderer Bodies { get; }

    public SiteView SiteView { get; }

    public string SiteLanguage => Model.Settings.SiteLanguage;

    public string ArticleUrl(Article article) => Urls.Article(article.Slug);

    public string TermUrl(Taxonomy taxonomy, Term term) => Urls.Term(taxonomy.Name, term.Slug);

    /// <summary>The metadata every page has; page factories add the rest with <c>with { … }</c>.</summary>
    public PageMeta Meta(string section, string title, string description, string url, string? language = null)
    {
        var canonical = Urls.Absolute(url);
        var pageTitle = url == Urls.Home ? Model.Settings.SiteTitle : $"{title} · {Model.Settings.SiteTitle}";
        return new PageMeta
        {
            Title = pageTitle,
            Description = description,
            Language = language ?? SiteLanguage,
            CanonicalUrl = canonical,
            Nav =
            [
                new("Articles", Urls.Archive, section == "archive"),
                new("Themes", Urls.TaxonomyIndex("themes"), section == "themes"),
                new("Authors", Urls.TaxonomyIndex("authors"), section == "authors"),
            ],
            OpenGraph =
            [
                new("og:site_name", Model.Settings.SiteTitle),
                new("og:title", title),
                new("og:description", description),
                new("og:url", canonical),
                new("og:type", section == "article" ? "article" : "website"),
                new("og:image", Urls.Absolute(Urls.Asset("social-card.png"))),
                new("og:image:alt", Model.Settings.SiteTitle),
            ],
            Feed = new LinkView($"{Model.Settings.SiteTitle}: all articles", Urls.Feed),
        };
    }

    /// <summary>For incremental builds: what each page is made from, in a form cheap to compare.</summary>
    public Stamps Stamps => _stamps ??= new Stamps(this);

    public int IndexOf(Article article) => _index[article];

    /// <summary>Each credit a person has, with its article, in the site's article order: built in one pass over every credit.</summary>
    public IReadOnlyList<(Article Article, ArticleCredit Credit)> CreditsOf(Term person)
    {
        var index = LazyInitializer.EnsureInitialized(ref _creditsByPerson, () =>
        {
            var byPerson = new Dictionary<Term, List<(Article, ArticleCredit)>>();
            foreach (var article in Model.Articles)
            {
                foreach (var credit in article.Credits)
                {
                    (byPerson.TryGetValue(credit.Person, out var list) ? list : byPerson[credit.Person] = []).Add((article, credit));
                }
            }

            return byPerson;
        });
        return index.GetValueOrDefault(person) ?? [];
    }

    public ArticleText Text(Article article) => Derived(article).Text;

    public IReadOnlyList<Article> Related(Article article) => _related[_index[article]];

    public ArticleCardView Card(Article article, string? role = null)
    {
        var card = Derived(article).Card!;
        return role is null ? card : card with { Role = role };
    }

    /// <summary>The article's card and stamps, kept from an earlier build when an incremental session has them.</summary>
    public ArticleMemo.Entry Derived(Article article) => _derived[_index[article]];

    private ArticleCardView NewCard(Article article)
    {
        var language = string.Equals(article.Matter.Language, SiteLanguage, StringComparison.OrdinalIgnoreCase) ? null : article.Matter.Language;
        return new ArticleCardView(
            article.Title,
            ArticleUrl(article),
            article.Subtitle,
            Formatting.DateText(article.Date),
            Formatting.DateIso(article.Date),
            Bylines.Text(Bylines.Segments(article, Urls, Bylines.ListedPeople)),
            article.Summary is { } summary ? Formatting.Sentences(summary) : null,
            language,
            null);
    }

    public TermCountView Count(Taxonomy taxonomy, Term term, int? count = null) =>
        new(term.Name, TermUrl(taxonomy, term), Formatting.Articles(count ?? term.Articles.Count), term.Profile?.Description);

    public string? Markdown(string? markdown) =>
        string.IsNullOrWhiteSpace(markdown) ? null : ArticleMarkdown.ToHtml(markdown);
}
