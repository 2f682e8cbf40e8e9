using Reader.Site.Incremental;
using Reader.Site.Language;
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
    private Dictionary<string, List<(Article Article, List<PersonMention> Mentions)>>? _mentionsByPerson;
    private Dictionary<Term, Person>? _personOfAuthor;
    private Dictionary<string, Person>? _peopleByKey;
    private IReadOnlyList<TimelineEvent>? _timeline;
    private IReadOnlyDictionary<Article, string>? _citationKeys;
    private TimelineSet? _timelines;

    /// <param name="memo">An incremental session's cards and stamps from earlier builds, reused where still valid.</param>
    /// <param name="text">The site's own words, in its language.</param>
    public ViewContext(Model.Site site, SiteUrls urls, IReadOnlyList<ArticleText> texts, IReadOnlyList<IReadOnlyList<Article>> related, ArticleBodyRenderer bodies, InterfaceText text, ArticleMemo? memo = null)
    {
        Model = site;
        Words = text;
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
            text.Language,
            urls.Home,
            urls.Archive,
            urls.TaxonomyIndex("authors"),
            urls.TaxonomyIndex("themes"),
            urls.TaxonomyIndex("people"),
            urls.Timeline,
            urls.Search,
            urls.Feed,
            urls.Asset("site.css"),
            urls.Asset("site.js"),
            urls.Asset("theme-init.js"),
            urls.Asset("favicon.svg"),
            urls.Asset(""),
            site.Settings.GenerateSearchIndex ? urls.SearchIndex : null,
            urls.JsonFeed,
            site.Articles.Count > 0 ? urls.CollectionEpub : null,
            text,
            text.Forms("search_found"));

        // An article is listed on many pages (home, archive, its people and themes, related lists): its card is built once.
        _derived = new ArticleMemo.Entry[site.Articles.Count];
        var stamps = memo is null ? null : Stamps;
        Parallel.For(0, _derived.Length, i =>
        {
            var article = site.Articles[i];
            var derived = memo?.For(article, texts[i], bodies.MentionsKey + text.Key, stamps!.Context) ?? new ArticleMemo.Entry(article.Matter, texts[i], "");
            derived.Card ??= NewCard(article);
            _derived[i] = derived;
        });
    }

    public Model.Site Model { get; }

    public SiteUrls Urls { get; }

    public ArticleBodyRenderer Bodies { get; }

    public SiteView SiteView { get; }

    /// <summary>The site's own words: labels, dates, counts.</summary>
    public InterfaceText Words { get; }

    /// <summary>The language of the site's own words (<see cref="InterfaceText.Language"/>).</summary>
    public string SiteLanguage => Words.Language;

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
                new(Words["nav_articles"], Urls.Archive, section == "archive"),
                new(Words["nav_themes"], Urls.TaxonomyIndex("themes"), section == "themes"),
                new(Words["nav_authors"], Urls.TaxonomyIndex("authors"), section == "authors"),
                new(Words["nav_people"], Urls.TaxonomyIndex("people"), section == "people"),
                new(Words["nav_timeline"], Urls.Timeline, section == "timeline"),
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
            Feed = new LinkView(Words.Format("feed_all_articles", ("site", Model.Settings.SiteTitle)), Urls.Feed),
            JsonFeed = Urls.JsonFeed,
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

    /// <summary>
    /// The articles that mention a person of <c>input/people/</c>, in the site's article order, each with the sentences
    /// that do: built in one pass over every article's mentions.
    /// </summary>
    public IReadOnlyList<(Article Article, List<PersonMention> Mentions)> MentionsOf(Person person)
    {
        var index = LazyInitializer.EnsureInitialized(ref _mentionsByPerson, () =>
        {
            var byPerson = new Dictionary<string, List<(Article, List<PersonMention>)>>(StringComparer.Ordinal);
            foreach (var article in Model.Articles)
            {
                foreach (var group in Text(article).Mentions.GroupBy(m => m.PersonKey))
                {
                    (byPerson.TryGetValue(group.Key, out var list) ? list : byPerson[group.Key] = []).Add((article, group.ToList()));
                }
            }

            return byPerson;
        });
        return index.GetValueOrDefault(person.Key) ?? [];
    }

    /// <summary>The person file of an author who is also in <c>input/people/</c>, whose page is the author's.</summary>
    public Person? PersonOf(Term author) =>
        LazyInitializer.EnsureInitialized(ref _personOfAuthor, () => Model.People.Where(p => p.Author is not null).ToDictionary(p => p.Author!, p => p)).GetValueOrDefault(author);

    public Person? PersonByKey(string key) =>
        LazyInitializer.EnsureInitialized(ref _peopleByKey, () => Model.People.ToDictionary(p => p.Key, StringComparer.Ordinal)).GetValueOrDefault(key);

    /// <summary>The article's language where it differs from the site's, for a <c>lang</c> attribute; else null.</summary>
    public string? ForeignLanguage(Article article) =>
        string.Equals(article.Matter.Language, SiteLanguage, StringComparison.OrdinalIgnoreCase) ? null : article.Matter.Language;

    /// <summary>The collection's dated events, in order (see <see cref="Views.Timeline"/>).</summary>
    public IReadOnlyList<TimelineEvent> Timeline => LazyInitializer.EnsureInitialized(ref _timeline, () => Views.Timeline.Events(this));

    /// <summary>The whole timeline and each theme's and person's (see <see cref="TimelineSet"/>).</summary>
    public TimelineSet Timelines => LazyInitializer.EnsureInitialized(ref _timelines, () => TimelineSet.Of(this));

    /// <summary>What a citation of the article says (<see cref="Citations.Citation"/>), with its key, unique in the collection.</summary>
    public Citations.Citation Citation(Article article)
    {
        var keys = LazyInitializer.EnsureInitialized(ref _citationKeys, () => Citations.CitationKeys.Of(Model.Articles));
        return Citations.Citation.Of(article, keys[article], Urls.Absolute(ArticleUrl(article)));
    }

    /// <summary>A person's one page: the author's when they are an author too, else <c>/people/&lt;slug&gt;/</c>.</summary>
    public string PersonUrl(Person person) => ArticleBodyRenderer.PageOf(person, Urls);

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
        var language = ForeignLanguage(article);
        return new ArticleCardView(
            article.Title,
            ArticleUrl(article),
            article.Subtitle,
            Words.Date(article.Date),
            Formatting.DateIso(article.Date),
            // A card whose subtitle already says "Interview" names the people without saying it again.
            Bylines.Text(Bylines.Segments(article, Urls, Words, Bylines.ListedPeople, kindNamed: article.Subtitle?.Contains(Words["kind_interview"], StringComparison.OrdinalIgnoreCase) == true)),
            article.Summary is { } summary ? Formatting.Sentences(summary) : null,
            language,
            null);
    }

    public TermCountView Count(Taxonomy taxonomy, Term term, int? count = null) =>
        new(term.Name, TermUrl(taxonomy, term), Words.Count("count_articles", count ?? term.Articles.Count), term.Profile?.Description);

    public string? Markdown(string? markdown) =>
        string.IsNullOrWhiteSpace(markdown) ? null : ArticleMarkdown.ToHtml(markdown);
}
