using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using Reader.Site.Model;
using MarkdownAst = Markdig.Syntax.MarkdownDocument;

namespace Reader.Site.Text;

/// <summary>
/// Renders article bodies for one build: heading anchors, then links to people mentioned, then HTML. A body the
/// build analyses is rendered from the same parse and kept until its page takes it (<see cref="Keep"/>), so
/// each body is parsed once; the others are parsed when their page or feed is written.
/// </summary>
public sealed class ArticleBodyRenderer
{
    private readonly Taxonomy _authors;
    private readonly SiteUrls _urls;
    private readonly AuthorMentionLinker _linker;
    private readonly ConcurrentDictionary<Article, string> _kept = new(ReferenceEqualityComparer.Instance);

    /// <param name="last">The last build's renderer: while the people and URLs are the same objects (a site patched after a body edit), its links are reused.</param>
    public ArticleBodyRenderer(Taxonomy authors, SiteUrls urls, ArticleBodyRenderer? last = null)
    {
        (_authors, _urls) = (authors, urls);
        if (last is not null && ReferenceEquals(last._authors, authors) && ReferenceEquals(last._urls, urls))
        {
            (_linker, MentionsKey) = (last._linker, last.MentionsKey);
            return;
        }

        var mentions = Mentions(authors, urls);
        _linker = new AuthorMentionLinker(mentions);
        MentionsKey = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\n', mentions.Select(m => $"{m.Text}\t{m.PersonKey}\t{m.Url}")))));
    }

    /// <summary>Stands for every spelling the bodies of this build link to a person's page.</summary>
    public string MentionsKey { get; }

    /// <summary>The body's HTML: the one kept from this build's analysis, or rendered now.</summary>
    /// <param name="handOver">Let go of the kept HTML: its page takes it, and nothing reads it after that.</param>
    public string Render(Article article, bool handOver = true)
    {
        if (handOver ? _kept.TryRemove(article, out var html) : _kept.TryGetValue(article, out html))
        {
            return html;
        }

        var document = ArticleMarkdown.Parse(article.ReadMarkdown());
        HeadingAnchors.Apply(document);
        return Html(article, document);
    }

    /// <summary>Renders a body parsed for analysis, its heading anchors applied, and keeps the HTML for its page.</summary>
    public void Keep(Article article, MarkdownAst document) => _kept[article] = Html(article, document);

    private string Html(Article article, MarkdownAst document)
    {
        _linker.Apply(document, Credited(article));
        if (InterviewDialogue.Applies(article))
        {
            InterviewDialogue.Apply(document, article);
        }

        return ArticleMarkdown.ToHtml(document);
    }

    /// <summary>Stands for the rendered body: the same key means the same HTML.</summary>
    /// <param name="markdownHash">The hash of the article's Markdown (<see cref="ArticleText.BodyHash"/>).</param>
    public string Key(Article article, string markdownHash) =>
        $"{markdownHash}:{MentionsKey}:{string.Join(',', Credited(article).Order(StringComparer.Ordinal))}:{Dialogue(article)}";

    /// <summary>What an interview's dialogue labels are made of: its kind and who asks and answers.</summary>
    private static string Dialogue(Article article) =>
        InterviewDialogue.Applies(article) ? string.Join(',', article.Credits.Select(c => $"{c.Role} {c.Person.Name}")) : "";

    /// <summary>Every spelling of every person: the page name, the file's aliases and the names they were credited under.</summary>
    public static IReadOnlyList<AuthorMention> Mentions(Taxonomy authors, SiteUrls urls)
    {
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

        var mentions = new List<AuthorMention>();
        foreach (var person in authors.Terms)
        {
            var spellings = new HashSet<string>(StringComparer.Ordinal) { person.Name };
            spellings.UnionWith(person.Profile?.Aliases ?? []);
            spellings.UnionWith(creditedAs.GetValueOrDefault(person) ?? []);
            var url = urls.Term(authors.Name, person.Slug);

            // A single short word ("Abe") would link too much that is not this person.
            mentions.AddRange(spellings.Where(s => s.Length >= 4).Select(s => new AuthorMention(s, person.Key, url)));
        }

        return [.. mentions.OrderByDescending(m => m.Text.Length).ThenBy(m => m.Text, StringComparer.Ordinal).ThenBy(m => m.Url, StringComparer.Ordinal)];
    }

    // A body's links depend on who is credited on the article itself: they are never linked from it.
    private static HashSet<string> Credited(Article article) => article.Credits.Select(c => c.Person.Key).ToHashSet(StringComparer.Ordinal);
}
