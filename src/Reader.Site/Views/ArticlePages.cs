using Reader.Content;
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
        var kindLabel = KindLabel(matter.Kind);
        var subtitleSaysKind = kindLabel is not null && article.Subtitle is { } subtitle && subtitle.Contains(kindLabel, StringComparison.OrdinalIgnoreCase);
        var byline = Bylines.Segments(article, context.Urls, kindNamed: kindLabel is "Interview" || subtitleSaysKind);
        var people = PersonCards(context, article).ToList();
        var breadcrumbs = new List<LinkView> { new("Home", context.Urls.Home), new("Articles", context.Urls.Archive), new(article.Title, url, IsCurrent: true) };
        var description = article.Summary ?? article.Subtitle ?? text.Excerpt;

        var view = new ArticleView
        {
            Title = article.Title,
            Subtitle = article.Subtitle,
            KindClass = KindClass(matter.Kind),
            KindLabel = subtitleSaysKind ? null : kindLabel,
            Byline = byline,
            DateText = article.Date is null ? "Date not stated" : Formatting.DateText(article.Date),
            DateIso = Formatting.DateIso(article.Date),
            Publisher = matter.Publisher,
            OriginalPublisher = string.Equals(matter.OriginalPublisher, matter.Publisher, StringComparison.Ordinal) ? null : matter.OriginalPublisher,
            PublicationText = PublicationText(article),
            ExcerptText = matter.Excerpt ? ExcerptText(matter) : null,
            SourceUrl = IsWebAddress(matter.SourceUrl) ? matter.SourceUrl : null,
            SourceMissingText = IsWebAddress(matter.SourceUrl) ? null : "The address of the original was not recorded with this copy.",
            People = people,
            PeopleHeading = people.Any(p => p.Role != "Author") ? "About the people" : people.Count > 1 ? "About the authors" : "About the author",
            Themes = [.. article.Themes.Select(t => new LinkView(t.Name, context.TermUrl(context.Model.Themes, t)))],
            ReadingTime = Formatting.ReadingTime(text.WordCount),
            Standfirst = string.IsNullOrWhiteSpace(article.Summary) || text.SummaryInBody ? null : article.Summary,
            BodyKey = context.Bodies.Key(article, text.BodyHash),
            Contents = text.Sections.Count >= MinimumSectionsForContents ? Contents(text.Sections, context.SiteLanguage, matter.Language) : null,
            Related = [.. context.Related(article).Select(a => context.Card(a))],

            Pager = Pager(context, index),
        };

        var meta = context.Meta("article", article.Title, Formatting.Excerpt(description), url, matter.Language) with
        {
            Breadcrumbs = breadcrumbs,
            Citation = Citation(article),
            JsonLd = JsonLd.Article(context, article, breadcrumbs),
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
            links.Add(new PagerLinkView(dated ? "Older" : "Next undated", articles[older].Title, context.ArticleUrl(articles[older]), "prev"));
        }

        if (after is { } newer)
        {
            links.Add(new PagerLinkView(dated ? "Newer" : "Previous undated", articles[newer].Title, context.ArticleUrl(articles[newer]), "next"));
        }

        return links;
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

    /// <summary>
    /// The publication in words. A chapter's book publisher (<c>original_publisher</c>) and the platform it is read on
    /// (<c>publisher</c>) are different things: "Amsterdam University Press, on Cambridge University Press", never
    /// "originally published by". Nothing stated is said plainly rather than left out.
    /// </summary>
    public static string PublicationText(Article article)
    {
        var matter = article.Matter;
        var publisher = matter.Publisher;
        var original = string.Equals(matter.OriginalPublisher, publisher, StringComparison.Ordinal) ? null : matter.OriginalPublisher;
        var chapter = matter.Kind.Equals("chapter", StringComparison.OrdinalIgnoreCase);
        if (chapter)
        {
            var number = matter.Chapter is { } n ? $"Chapter {n}" : "A chapter";
            var book = matter.Book is { } title ? $" of {SmartQuotes.Curl(title)}" : " of a book whose title is not recorded";
            var editors = article.Credits.Where(c => c.Role == AuthorRole.Editor).Select(c => c.Person.Name).ToList();
            var edited = editors.Count > 0 ? $", edited by {string.Join(" and ", editors)}" : "";
            var by = (original ?? publisher) is { } bookPublisher ? $", published by {bookPublisher}" : ", publisher not stated";
            var host = original is not null && publisher is not null ? $"; read on {publisher}" : "";
            return number + book + edited + by + host + ".";
        }

        return (publisher, original) switch
        {
            (null, null) => "Publisher not stated.",
            (null, { } first) => $"First published by {first}.",
            ({ } only, null) => $"Published by {only}.",
            ({ } now, { } first) => $"First published by {first}; republished by {now}.",
        };
    }

    private static string ExcerptText(ArticleFrontMatter matter) =>
        IsWebAddress(matter.SourceUrl)
            ? "Only an excerpt is reproduced here; the full text is at the original, linked below."
            : "Only an excerpt is reproduced here; the full text is with the publisher.";

    private static IEnumerable<PersonCardView> PersonCards(ViewContext context, Article article) =>
        Bylines.Listed(article)
            .GroupBy(c => c.Person)
            .Select(g =>
            {
                var person = g.Key;
                var bio = person.Profile?.Body;
                var affiliation = g.Select(c => c.Affiliation).OfType<string>().FirstOrDefault() ?? person.Profile?.Affiliations.FirstOrDefault();
                var bioSaysIt = affiliation is not null && bio is not null && bio.Contains(affiliation, StringComparison.OrdinalIgnoreCase);
                return new PersonCardView(person.Name, context.TermUrl(context.Model.Authors, person), Bylines.CardRole(g.First().Role), bioSaysIt ? null : affiliation, string.IsNullOrWhiteSpace(bio) ? null : ArticleMarkdown.ToHtml(bio, $"{HtmlSanitizer.ContentIdPrefix}about-{person.Slug}-"));
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

    private static string? KindLabel(string kind) =>
        string.IsNullOrWhiteSpace(kind) || kind.Equals("article", StringComparison.OrdinalIgnoreCase)
            ? null
            : char.ToUpperInvariant(kind[0]) + kind[1..].Replace('-', ' ').Replace("op ed", "op-ed", StringComparison.Ordinal);

    private static bool IsWebAddress(string? url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https";
}
