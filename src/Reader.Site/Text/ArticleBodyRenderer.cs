using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using Reader.Content;
using Reader.Site.Images;
using Reader.Site.Model;
using MarkdownAst = Markdig.Syntax.MarkdownDocument;

namespace Reader.Site.Text;

/// <summary>
/// Renders article bodies for one build: heading and paragraph anchors, then links to people mentioned, then HTML. A
/// body the build analyses is rendered from the same parse and kept until its page takes it (<see cref="Keep"/>), so
/// each body is parsed once; the others are parsed when their page or feed is written.
/// </summary>
public sealed class ArticleBodyRenderer
{
    private readonly Model.Site _site;
    private readonly SiteUrls _urls;
    private readonly PersonMentionLinker _linker;
    private readonly SiteImages? _images;
    private readonly string _mentionsKey;
    private readonly string _passageLinkLabel;
    private readonly ConcurrentDictionary<Article, KeptBody> _kept = new(ReferenceEqualityComparer.Instance);
    private readonly long _textSizeLimit;
    private readonly long _keptSizeLimit;
    private long _keptSize;

    /// <param name="last">The last build's renderer: while the people and URLs are the same objects (a site patched after a body edit), its links are reused.</param>
    /// <param name="images">The site's images, whose sizes and smaller copies bodies that show them are given.</param>
    /// <param name="passageLinkLabel">What a paragraph's link to itself is called, for screen readers, in the site's language.</param>
    /// <param name="textSizeLimit">The most bytes of bodies kept as text (<see cref="TextSizeLimit"/>).</param>
    /// <param name="keptSizeLimit">The most bytes of bodies kept at all (<see cref="KeptSizeLimit"/>).</param>
    public ArticleBodyRenderer(
        Model.Site site, SiteUrls urls, ArticleBodyRenderer? last = null, SiteImages? images = null, string passageLinkLabel = "Link to this paragraph",
        long textSizeLimit = TextSizeLimit, long keptSizeLimit = KeptSizeLimit)
    {
        (_site, _urls, _images, _passageLinkLabel, _textSizeLimit, _keptSizeLimit) = (site, urls, images, passageLinkLabel, textSizeLimit, keptSizeLimit);
        if (last is not null && ReferenceEquals(last._site.Authors, site.Authors) && ReferenceEquals(last._site.People, site.People) && ReferenceEquals(last._urls, urls))
        {
            (_linker, Passages, _mentionsKey) = (last._linker, last.Passages, last._mentionsKey);
        }
        else
        {
            var mentions = Mentions(site, urls);
            var names = new NameMatcher(mentions.Select(m => m.Spelling));
            var pages = mentions.GroupBy(m => m.Spelling.Key).ToDictionary(g => g.Key, g => g.First().Url, StringComparer.Ordinal);
            var people = site.People.Select(p => p.Key).ToHashSet(StringComparer.Ordinal);
            _linker = new PersonMentionLinker(names, pages);
            Passages = new PassageReader(names, people.Contains, DatePhrases.Default);
            _mentionsKey = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\n', mentions.Select(m => $"{m.Spelling.Text}\t{m.Spelling.Prefix}\t{m.Spelling.Key}\t{m.Url}\t{people.Contains(m.Spelling.Key)}")))));
        }

        MentionsKey = (images is null ? _mentionsKey : _mentionsKey + ":" + images.Key) + ":" + passageLinkLabel;
    }

    /// <summary>Stands for every spelling the bodies of this build link to a person's page, which of them are people of <c>input/people/</c>, and for the site's images.</summary>
    public string MentionsKey { get; }

    /// <summary>Reads paragraphs for the people they name and the dates they state.</summary>
    public PassageReader Passages { get; }

    /// <summary>The body's HTML: the one kept from this build's analysis, or rendered now.</summary>
    /// <param name="handOver">Let go of the kept HTML: its page takes it, and nothing reads it after that.</param>
    public string Render(Article article, bool handOver = true)
    {
        if (handOver ? _kept.TryRemove(article, out var kept) : _kept.TryGetValue(article, out kept))
        {
            if (handOver)
            {
                Interlocked.Add(ref _keptSize, -kept.Size);
            }

            return kept.Html();
        }

        var document = ArticleMarkdown.Parse(article.ReadMarkdown());
        HeadingAnchors.Apply(document);
        PassageAnchors.Apply(document);
        return Html(article, document);
    }

    /// <summary>
    /// The most bytes of bodies kept as text (128 MB: the HTML of some 4,000 articles of 1,500 words); past it a body
    /// is kept deflated (<see cref="KeptBody"/>), which costs a little time to save most of the memory.
    /// </summary>
    public const long TextSizeLimit = 128L * 1024 * 1024;

    /// <summary>
    /// The most bytes of bodies kept at all (1 GB: some 100,000 bodies of 1,500 words deflated); past it a body is
    /// rendered again where it is read, so even a very large collection is built in bounded memory.
    /// </summary>
    public const long KeptSizeLimit = 1024L * 1024 * 1024;

    /// <summary>
    /// Renders a body parsed for analysis, its heading and paragraph anchors applied, and keeps the HTML for its page:
    /// as text under <see cref="TextSizeLimit"/>, deflated under <see cref="KeptSizeLimit"/>. Past both it is not
    /// rendered at all: each reader renders it.
    /// </summary>
    /// <returns>Whether the HTML was kept.</returns>
    public bool Keep(Article article, MarkdownAst document)
    {
        if (Volatile.Read(ref _keptSize) >= _keptSizeLimit)
        {
            return false;
        }

        var html = Html(article, document);
        var kept = KeptBody.Text(html);
        if (Interlocked.Add(ref _keptSize, kept.Size) > Math.Min(_textSizeLimit, _keptSizeLimit))
        {
            Interlocked.Add(ref _keptSize, -kept.Size);
            kept = KeptBody.Deflated(html);
            if (Interlocked.Add(ref _keptSize, kept.Size) > _keptSizeLimit)
            {
                Interlocked.Add(ref _keptSize, -kept.Size);
                return false;
            }
        }

        _kept[article] = kept;
        return true;
    }

    private string Html(Article article, MarkdownAst document)
    {
        _linker.Apply(document, Credited(article));
        if (InterviewDialogue.Applies(article))
        {
            InterviewDialogue.Apply(document, article);
        }

        var language = string.Equals(article.Matter.Language, _site.Settings.SiteLanguage, StringComparison.OrdinalIgnoreCase) ? null : _site.Settings.SiteLanguage;
        PassageAnchors.AddLinks(document, _passageLinkLabel, language);
        var html = ArticleMarkdown.ToHtml(document);
        return _images is null ? html : _images.Enhance(html);
    }

    /// <summary>Stands for the rendered body: the same key means the same HTML.</summary>
    /// <param name="markdownHash">The hash of the article's Markdown (<see cref="ArticleText.BodyHash"/>).</param>
    public string Key(Article article, string markdownHash) =>
        $"{markdownHash}:{MentionsKey}:{article.Matter.Language}:{string.Join(',', Credited(article).Order(StringComparer.Ordinal))}:{Dialogue(article)}";

    /// <summary>What an interview's dialogue labels are made of: its kind and who asks and answers.</summary>
    private static string Dialogue(Article article) =>
        InterviewDialogue.Applies(article) ? string.Join(',', article.Credits.Select(c => $"{c.Role} {c.Person.Name}")) : "";

    /// <summary>
    /// Every spelling of every person, with their page: an author's name, file aliases and the names they were credited
    /// under, and each name and alias of a person file (an author who is also in <c>input/people/</c> keeps the author's page).
    /// </summary>
    public static IReadOnlyList<(NameSpelling Spelling, string Url)> Mentions(Model.Site site, SiteUrls urls)
    {
        var authors = site.Authors;

        // The names each person was credited under, in one pass over the credits: looking through every article of
        // each person for their own credit was quadratic in the people on one article.
        var creditedAs = new Dictionary<Term, HashSet<string>>();
        foreach (var article in authors.Terms.SelectMany(t => t.Articles).Distinct())
        {
            foreach (var credit in article.Credits)
            {
                (creditedAs.TryGetValue(credit.Person, out var names) ? names : creditedAs[credit.Person] = new HashSet<string>(StringComparer.Ordinal)).Add(credit.CreditedName);
            }
        }

        var mentions = new List<(NameSpelling, string)>();
        foreach (var person in authors.Terms)
        {
            var spellings = new HashSet<string>(StringComparer.Ordinal) { person.Name };
            spellings.UnionWith(person.Profile?.Aliases ?? []);
            spellings.UnionWith(creditedAs.GetValueOrDefault(person) ?? []);
            var url = urls.Term(authors.Name, person.Slug);

            // A single short word ("Abe") would link too much that is not this person; a person file's spellings are
            // chosen by hand, so they are all looked for.
            mentions.AddRange(spellings.Where(s => s.Length >= 4).Select(s => (new NameSpelling(s, person.Key), url)));
        }

        foreach (var person in site.People)
        {
            var url = PageOf(person, urls);
            mentions.AddRange(person.Spellings.Select(s => (s, url)));
        }

        return [.. mentions.OrderByDescending(m => m.Item1.Text.Length).ThenBy(m => m.Item1.Text, StringComparer.Ordinal).ThenBy(m => m.Item1.Key, StringComparer.Ordinal).ThenBy(m => m.Item2, StringComparer.Ordinal)];
    }

    /// <summary>A person's one page: the author's, when they are an author too, else their own under <c>/people/</c>.</summary>
    public static string PageOf(Person person, SiteUrls urls) =>
        person.Author is { } author ? urls.Term("authors", author.Slug) : urls.Term("people", person.Slug);

    // A body's links depend on who is credited on the article itself: they are never linked from it.
    public static HashSet<string> Credited(Article article) => article.Credits.Select(c => c.Person.Key).ToHashSet(StringComparer.Ordinal);
}
