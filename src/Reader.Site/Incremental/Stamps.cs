using System.Buffers;
using System.Collections.Concurrent;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Security.Cryptography;
using System.Text;
using Reader.Site.Model;
using Reader.Site.Rendering;
using Reader.Site.Views;

namespace Reader.Site.Incremental;

/// <summary>
/// A short hash of everything a page could show of an article, a person or a theme. An incremental build
/// fingerprints each page by the stamps of what it lists instead of building its view to compare it, so a build
/// after one edit makes and renders only the pages that show the edited article. Stamps are computed on first use,
/// so a single build, which never compares, never pays for them.
/// </summary>
public sealed class Stamps(ViewContext context)
{
    // Front matter and texts of unchanged files are the same objects from build to build: hashed once.
    private static readonly ConditionalWeakTable<object, string> Hashes = [];

    private readonly ConcurrentDictionary<Term, string> _terms = new();

    /// <summary>
    /// What an article's card and stamps read besides its front matter and text: its people, their roles and the
    /// names they were credited under, its themes, and every spelling the body could link (see
    /// <see cref="ArticleMemo"/>), and the site's words (a card's date and byline are in them). With the front matter
    /// and text the same, the same context means the same card and stamps.
    /// </summary>
    public string Context(Article article) => string.Join('\u001f', [context.Bodies.MentionsKey, context.Words.Key, .. PeopleAndThemes(article)]);

    /// <summary>Everything about an article: front matter, body, text analysis, people and themes.</summary>
    public string Of(Article article) => context.Derived(article).Stamp ??= Join(
    [
        article.Slug,
        Hashes.GetValue(article.Matter, Hash),
        Hashes.GetValue(context.Text(article), Hash),
        context.Bodies.Key(article, context.Text(article).BodyHash),
        .. PeopleAndThemes(article),
    ]);

    /// <summary>An article's citation: everything about the article, and its key, which other articles can change (<see cref="Citations.CitationKeys"/>).</summary>
    public string Citation(Article article, string key) => Join([Of(article), key]);

    /// <summary>The citations of a run of articles, in order, with their keys.</summary>
    public string Citations(IReadOnlyList<Article> articles, IReadOnlyList<string> keys) => Join(articles.Select((a, i) => Citation(a, keys[i])));

    /// <summary>Everything about each of a run of articles, in order (a search shard shows all of it).</summary>
    public string Of(IEnumerable<Article> articles) => Join(articles.Select(Of));

    /// <summary>A person or theme: names, slug and file.</summary>
    public string Of(Term term) => _terms.GetOrAdd(term, t => Hash(new { t.Key, t.Slug, t.Name, t.Profile }));

    /// <summary>What a list shows of an article: its card, its people with their roles, and its themes; not its body.</summary>
    public string Listing(Article article) => context.Derived(article).Listing ??= Join(
    [
        .. Fields(context.Card(article)),
        .. article.Credits.Select(c => $"{Of(c.Person)} {c.Role} {c.Affiliation}"),
        .. article.Themes.Select(Of),
    ]);

    /// <summary>The home page: the introduction, the latest articles and every person and theme with its count.</summary>
    public object SitePage(PageKind kind)
    {
        var site = context.Model;
        return new
        {
            kind,
            site.Title,
            site.Description,
            site.Introduction,
            Articles = site.Articles.Take(site.Settings.HomeArticleCount).Select(Listing),
            Terms = site.Authors.Terms.Concat(site.Themes.Terms).Select(t => $"{Of(t)} {t.Articles.Count}"),
        };
    }

    /// <summary>A page of the archive: its articles, where each year begins, and how many pages and articles there are.</summary>
    public string ArchivePage(Paging paging, IReadOnlyList<LinkView> years, int number) => Join(
    [
        "archive",
        Counts(paging, number),
        .. years.Select(y => y.Url),
        .. paging.Slice(context.Model.Articles, number).Select(Listing),
    ]);

    /// <summary>A page of the index of authors or themes: its terms with their counts.</summary>
    public string IndexPage(Taxonomy taxonomy, Paging paging, int number) => Join(
    [
        taxonomy.Name,
        Counts(paging, number),
        .. paging.Slice(taxonomy.Terms, number).Select(t => $"{Of(t)} {t.Articles.Count}"),
    ]);

    /// <summary>An article page shows the article, the cards of its related articles and its neighbours' titles.</summary>
    public string ArticlePage(int index)
    {
        var articles = context.Model.Articles;
        var article = articles[index];
        var (before, after) = ArticlePages.Neighbours(articles, index);
        string[] parts =
        [
            Of(article),
            before is { } older ? Listing(articles[older]) : "",
            after is { } newer ? Listing(articles[newer]) : "",
            .. context.Related(article).Select(Listing),
        ];

        // Kept stamps are the same strings from build to build, so an unchanged page is recognised without hashing.
        var derived = context.Derived(article);
        if (derived.Page is not { } page || !page.Parts.AsSpan().SequenceEqual(parts))
        {
            derived.Page = page = (parts, Join(parts));
        }

        return page.Stamp;
    }

    /// <summary>
    /// A page of a person's or theme's articles shows the term and what lists show of its articles: the first page
    /// draws its side lists (themes, co-authors, authors) from all of them, the others only from their own.
    /// </summary>
    public string TermPage(Term term, Paging paging, int number) =>
        Join([Of(term), Counts(paging, number), .. (number == 1 ? term.Articles : paging.Slice(term.Articles, number)).Select(Listing)]);

    private static string Counts(Paging paging, int number) =>
        $"{number.ToString(CultureInfo.InvariantCulture)}/{paging.Count.ToString(CultureInfo.InvariantCulture)}/{paging.ItemCount.ToString(CultureInfo.InvariantCulture)}";

    /// <summary>Each credited person with role, affiliation and the name credited, then each theme.</summary>
    private IEnumerable<string> PeopleAndThemes(Article article) =>
        article.Credits.Select(c => $"{Of(c.Person)} {c.Role} {c.Affiliation} {c.CreditedName}").Concat(article.Themes.Select(Of));

    /// <summary>A card's fields, without the serialiser's reflection: cards are stamped for every article on every build.</summary>
    private static IEnumerable<string> Fields(ArticleCardView card) =>
        [card.Title, card.Url, card.Subtitle ?? "", card.DateText, card.DateIso ?? "", card.People ?? "", card.Summary ?? "", card.Language ?? "", card.Role ?? ""];

    private static string Hash(object value) =>
        Convert.ToBase64String(SHA256.HashData(ModelJson.Utf8(value)));

    /// <summary>
    /// The hash of the parts, split by the ASCII unit separator, which no name or title holds. The parts are
    /// encoded into one pooled buffer rather than joined into a string first: an incremental build stamps every
    /// page, and the joined strings were most of what it allocated.
    /// </summary>
    private static string Join(IEnumerable<string> parts)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(4096);
        var length = 0;
        var first = true;
        foreach (var part in parts)
        {
            var needed = length + 1 + Encoding.UTF8.GetMaxByteCount(part.Length);
            if (needed > buffer.Length)
            {
                var larger = ArrayPool<byte>.Shared.Rent(Math.Max(needed, buffer.Length * 2));
                buffer.AsSpan(0, length).CopyTo(larger);
                ArrayPool<byte>.Shared.Return(buffer);
                buffer = larger;
            }

            if (!first)
            {
                buffer[length++] = 0x1f;
            }

            first = false;
            length += Encoding.UTF8.GetBytes(part, buffer.AsSpan(length));
        }

        Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(buffer.AsSpan(0, length), hash);
        ArrayPool<byte>.Shared.Return(buffer);
        return Convert.ToBase64String(hash);
    }
}
