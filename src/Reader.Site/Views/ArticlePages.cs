using Reader.Content;
using Reader.Site.Language;
using Reader.Site.Model;
using Reader.Site.Rendering;

namespace Reader.Site.Views;

/// <summary>Builds the page of each article: byline, metadata, body, contents, related and neighbouring articles.</summary>
public static class ArticlePages
{
    /// <summary>Fewer sections than this read fine without a table of contents.</summary>
    public const int MinimumSectionsForContents = 3;

    public static Page Create(ViewContext context, int index)
    {
        var articles = context.Model.Articles;
        var article = articles[index];
        var matter = article.Matter;
        var text = context.Text(article);
        var url = context.ArticleUrl(article);
        var words = context.Words;
        var byline = Bylines.Segments(article, context.Urls, words);
        var breadcrumbs = new List<LinkView> { new(words["breadcrumb_home"], context.Urls.Home), new(words["nav_articles"], context.Urls.Archive), new(article.Title, url, IsCurrent: true) };
        var description = matter.Summary ?? matter.Subtitle ?? text.Excerpt;

        var view = new ArticleView
        {
            Title = article.Title,
            IsDraft = matter.Draft,
            Subtitle = matter.Subtitle,
            KindLabel = KindLabel(matter.Kind, words),
            Byline = byline,
            DateText = words.Date(article.Date),
            DateIso = Formatting.DateIso(article.Date),
            Publisher = matter.Publisher,
            OriginallyPublished = string.Equals(matter.OriginalPublisher, matter.Publisher, StringComparison.Ordinal) || matter.OriginalPublisher is null
                ? null
                : words.Format("originally_published_by", ("publisher", matter.OriginalPublisher)),
            SourceUrl = IsWebAddress(matter.SourceUrl) ? matter.SourceUrl : null,
            Themes = [.. article.Themes.Select(t => new LinkView(t.Name, context.TermUrl(context.Model.Themes, t)))],
            EpubUrl = context.Urls.ArticleEpub(article.Slug),
            ReadingTime = words.Count("reading_time", Formatting.ReadingMinutes(text.WordCount, text.CjkCharacters)),
            Standfirst = string.IsNullOrWhiteSpace(matter.Summary) || text.SummaryInBody ? null : matter.Summary,
            BodyKey = context.Bodies.Key(article, text.BodyHash),
            Contents = text.Sections.Count >= MinimumSectionsForContents ? text.Sections : null,
            Related = [.. context.Related(article).Select(a => context.Card(a))],
            Cite = Cite(context, article),
            Provenance = Views.Provenance.Of(context, article),

            Pager = Pager(context, index),
        };

        var meta = context.Meta("article", article.Title, Formatting.Excerpt(description), url, matter.Language) with
        {
            Breadcrumbs = breadcrumbs,
            Citation = Citation(article),
            JsonLd = JsonLd.Article(context, article, breadcrumbs),
            NoIndex = matter.Draft,
        };
        if (article.Date is { } date)
        {
            meta = meta with { OpenGraph = [.. meta.OpenGraph, new("article:published_time", Formatting.DateIso(date)!)] };
        }

        return new Page(PageKind.Article, url, meta, view) { Complete = v => (ArticleView)v with { BodyHtml = context.Bodies.Render(article) } };
    }

    /// <summary>
    /// The articles before and after this one in its chain. Articles are listed newest first, so the older neighbour
    /// is the next one in the list. Undated articles, listed last, make a chain of their own in title order: an
    /// undated article is neither older nor newer than a dated one, so the two chains never meet.
    /// </summary>
    public static (int? Before, int? After) Neighbours(IReadOnlyList<Article> articles, int index)
    {
        var dated = articles[index].Date is not null;
        int? Same(int i) => i >= 0 && i < articles.Count && (articles[i].Date is not null) == dated ? i : null;
        return (Same(index + 1), Same(index - 1));
    }

    private static IReadOnlyList<PagerLinkView> Pager(ViewContext context, int index)
    {
        var articles = context.Model.Articles;
        var dated = articles[index].Date is not null;
        var (before, after) = Neighbours(articles, index);
        var links = new List<PagerLinkView>();
        if (before is { } older)
        {
            links.Add(new PagerLinkView(context.Words[dated ? "pager_older" : "pager_next_undated"], articles[older].Title, context.ArticleUrl(articles[older]), "prev"));
        }

        if (after is { } newer)
        {
            links.Add(new PagerLinkView(context.Words[dated ? "pager_newer" : "pager_previous_undated"], articles[newer].Title, context.ArticleUrl(articles[newer]), "next"));
        }

        return links;
    }

    /// <summary>The download formats of citations: file extension and label.</summary>
    public static readonly IReadOnlyList<(string Extension, string Label)> CitationFormats = [("bib", "BibTeX"), ("ris", "RIS"), ("json", "CSL-JSON")];

    private static CiteView Cite(ViewContext context, Article article)
    {
        var citation = context.Citation(article);
        return new CiteView(
            Citations.CitationStyles.Chicago(citation),
            Citations.CitationStyles.Apa(citation),
            [.. CitationFormats.Select(f => new LinkView(f.Label, context.Urls.Citation(article.Slug, f.Extension)))],
            [.. CitationFormats.Select(f => new LinkView(f.Label, context.Urls.Citations(f.Extension)))]);
    }

    private static IReadOnlyList<MetaTagView> Citation(Article article)
    {
        var tags = new List<MetaTagView> { new("citation_title", article.Title) };
        tags.AddRange(article.Credits
            .Where(c => c.Role is AuthorRole.Author or AuthorRole.Interviewee or AuthorRole.Interviewer)
            .Select(c => c.Person).Distinct()
            .Select(p => new MetaTagView("citation_author", p.Name)));
        if (article.Date is { } date)
        {
            tags.Add(new("citation_publication_date", Formatting.CitationDate(date)));
            tags.Add(new("citation_date", Formatting.CitationDate(date)));
        }

        if ((article.Matter.Publisher ?? article.Matter.OriginalPublisher) is { } publisher)
        {
            tags.Add(new("citation_publisher", publisher));
        }

        tags.Add(new("citation_language", article.Matter.Language));
        return tags;
    }

    /// <summary>"Interview", "Chapter" … in the site's language; a kind Reader does not know is shown as written.</summary>
    private static string? KindLabel(string kind, InterfaceText words)
    {
        if (string.IsNullOrWhiteSpace(kind) || kind.Equals("article", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        return words.TryGet("kind_" + kind.ToLowerInvariant().Replace('-', '_'), out var label)
            ? label
            : char.ToUpperInvariant(kind[0]) + kind[1..].Replace('-', ' ');
    }

    private static bool IsWebAddress(string? url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https";
}
