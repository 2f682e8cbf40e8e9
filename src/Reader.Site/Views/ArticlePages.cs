using Reader.Content;
using Reader.Site.Language;
using Reader.Site.Model;
using Reader.Site.Rendering;
using Reader.Site.Text;

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
        var kindLabel = KindLabel(matter.Kind, words);
        var subtitleSaysKind = kindLabel is not null && article.Subtitle is { } subtitle && subtitle.Contains(kindLabel, StringComparison.OrdinalIgnoreCase);
        var isInterview = matter.Kind.Equals("interview", StringComparison.OrdinalIgnoreCase);
        var byline = Bylines.Segments(article, context.Urls, words, kindNamed: isInterview || subtitleSaysKind);
        var people = PersonCards(context, article).ToList();
        var breadcrumbs = new List<LinkView> { new(words["breadcrumb_home"], context.Urls.Home), new(words["nav_articles"], context.Urls.Archive), new(article.Title, url, IsCurrent: true) };
        var description = article.Summary ?? article.Subtitle ?? text.Excerpt;

        var view = new ArticleView
        {
            Title = article.Title,
            IsDraft = matter.Draft,
            Subtitle = article.Subtitle,
            KindClass = KindClass(matter.Kind),
            KindLabel = subtitleSaysKind ? null : kindLabel,
            Byline = byline,
            DateText = article.Date is null ? words["date_not_stated"] : words.Date(article.Date),
            DateIso = Formatting.DateIso(article.Date),
            Publisher = matter.Publisher,
            OriginalPublisher = string.Equals(matter.OriginalPublisher, matter.Publisher, StringComparison.Ordinal) ? null : matter.OriginalPublisher,
            PublicationText = PublicationText(article, words),
            ExcerptText = matter.Excerpt ? ExcerptText(matter, words) : null,
            SourceUrl = IsWebAddress(matter.SourceUrl) ? matter.SourceUrl : null,
            People = people,
            PeopleHeading = words[people.Any(p => p.Role != words["role_author"]) ? "people_heading_people" : people.Count > 1 ? "people_heading_authors" : "people_heading_author"],
            Themes = [.. article.Themes.Select(t => new LinkView(t.Name, context.TermUrl(context.Model.Themes, t)))],
            EpubUrl = context.Urls.ArticleEpub(article.Slug),
            ReadingTime = words.Count("reading_time", Formatting.ReadingMinutes(text.WordCount, text.CjkCharacters)),
            Standfirst = string.IsNullOrWhiteSpace(article.Summary) || text.SummaryInBody ? null : article.Summary,
            BodyKey = context.Bodies.Key(article, text.BodyHash),
            Contents = text.Sections.Count >= MinimumSectionsForContents ? Contents(text.Sections, context.SiteLanguage, matter.Language) : null,
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

    /// <summary>
    /// The publication in words. A chapter's book publisher (<c>original_publisher</c>) and the platform it is read on
    /// (<c>publisher</c>) are different things: "Amsterdam University Press, on Cambridge University Press", never
    /// "originally published by". Nothing stated is said plainly rather than left out.
    /// </summary>
    public static string PublicationText(Article article, InterfaceText words)
    {
        var matter = article.Matter;
        var publisher = matter.Publisher;
        var original = string.Equals(matter.OriginalPublisher, publisher, StringComparison.Ordinal) ? null : matter.OriginalPublisher;
        var chapter = matter.Kind.Equals("chapter", StringComparison.OrdinalIgnoreCase);
        if (chapter)
        {
            var number = matter.Chapter is { } n ? words.Format("publication_chapter", ("number", n)) : words["publication_a_chapter"];
            var book = matter.Book is { } title ? words.Format("publication_of_book", ("book", SmartQuotes.Curl(title))) : words["publication_of_unknown_book"];
            var editors = article.Credits.Where(c => c.Role == AuthorRole.Editor).Select(c => c.Person.Name).ToList();
            var edited = editors.Count > 0 ? words.Format("publication_edited_by", ("editors", string.Join(words["byline_and"], editors))) : "";
            var by = (original ?? publisher) is { } bookPublisher ? words.Format("publication_book_published_by", ("publisher", bookPublisher)) : words["publication_book_publisher_not_stated"];
            var host = original is not null && publisher is not null ? words.Format("publication_read_on", ("host", publisher)) : "";
            return number + book + edited + by + host + words["publication_end"];
        }

        return (publisher, original) switch
        {
            (null, null) => words["publication_not_stated"],
            (null, { } first) => words.Format("publication_first", ("first", first)),
            ({ } only, null) => words.Format("publication_only", ("publisher", only)),
            ({ } now, { } first) => words.Format("publication_republished", ("first", first), ("publisher", now)),
        };
    }

    private static string ExcerptText(ArticleFrontMatter matter, InterfaceText words) =>
        words[IsWebAddress(matter.SourceUrl) ? "excerpt_linked" : "excerpt_publisher"];

    private static IEnumerable<PersonCardView> PersonCards(ViewContext context, Article article) =>
        Bylines.Listed(article)
            .GroupBy(c => c.Person)
            .Select(g =>
            {
                var person = g.Key;
                var bio = person.Profile?.Body;
                var affiliation = g.Select(c => c.Affiliation).OfType<string>().FirstOrDefault() ?? person.Profile?.Affiliations.FirstOrDefault();
                var bioSaysIt = affiliation is not null && bio is not null && bio.Contains(affiliation, StringComparison.OrdinalIgnoreCase);
                return new PersonCardView(person.Name, context.TermUrl(context.Model.Authors, person), Bylines.CardRole(g.First().Role, context.Words), bioSaysIt ? null : affiliation, string.IsNullOrWhiteSpace(bio) ? null : ArticleMarkdown.ToHtml(bio, $"{HtmlSanitizer.ContentIdPrefix}about-{person.Slug}-"));
            });

    /// <summary>Table of contents entries carry their language where it is not the contents list's own (the site's).</summary>
    private static IReadOnlyList<TocEntry> Contents(IReadOnlyList<TocEntry> sections, string siteLanguage, string articleLanguage) =>
    [
        .. sections.Select(s => (s.Language ?? articleLanguage) is var language && string.Equals(language, siteLanguage, StringComparison.OrdinalIgnoreCase)
            ? s with { Language = null }
            : s with { Language = language }),
    ];

    private static string KindClass(string kind) =>
        string.Concat(kind.ToLowerInvariant().Where(c => c is (>= 'a' and <= 'z') or '-')) is { Length: > 0 } name ? name : "article";

    private static bool IsWebAddress(string? url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https";
}
