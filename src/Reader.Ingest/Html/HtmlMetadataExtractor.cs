using AngleSharp.Dom;
using Reader.Content;
using Reader.Ingest.Metadata;

namespace Reader.Ingest.Html;

/// <summary>
/// Reads an article's metadata from the page's markup, best source first: JSON-LD, then Highwire <c>citation_*</c>
/// tags (journals, book platforms), then Open Graph and <c>article:*</c>, then plain meta tags, <c>&lt;time&gt;</c>,
/// bylines and the <c>&lt;title&gt;</c>. Runs before chrome is removed, since most of it lives in the head.
/// </summary>
public static partial class HtmlMetadataExtractor
{
    public static HtmlMetadata Extract(IDocument document)
    {
        var ld = JsonLdReader.Read(document);
        var meta = new MetaTags(document);
        var sourceUrl = Absolute(document.QuerySelector("link[rel=canonical]")?.GetAttribute("href"))
            ?? Absolute(meta.Property("og:url")) ?? Absolute(ld?.Url);
        var publisher = ld?.Publisher ?? meta.Property("og:site_name") ?? meta.Name("citation_publisher")
            ?? meta.Name("dc.publisher") ?? meta.Name("application-name");
        var h1 = document.QuerySelectorAll("h1").Select(h => TextMeasure.Collapse(h.TextContent)).FirstOrDefault(t => t.Length > 0);
        var rawTitle = ld?.Headline ?? meta.Name("citation_title") ?? meta.Property("og:title") ?? meta.Name("twitter:title")
            ?? meta.Name("dc.title") ?? h1 ?? document.QuerySelector("title")?.TextContent;
        var siteNames = new[] { publisher, meta.Property("og:site_name"), SiteFromUrl(sourceUrl) };

        return new HtmlMetadata
        {
            Title = rawTitle is null ? null : TitleCleaner.Clean(rawTitle, siteNames, h1),
            Subtitle = ld?.AlternativeHeadline,
            Authors = Authors(document, ld, meta, publisher),
            Date = HtmlDateReader.Read(ld?.DatePublished) ?? HtmlDateReader.Read(meta.Name("citation_publication_date"))
                ?? HtmlDateReader.Read(meta.Name("citation_date")) ?? HtmlDateReader.Read(meta.Property("article:published_time"))
                ?? HtmlDateReader.Read(meta.Name("dc.date")) ?? HtmlDateReader.Read(meta.Name("date")) ?? HtmlDateReader.Read(meta.Name("pubdate"))
                ?? HtmlDateReader.Read(meta.Itemprop("datePublished")) ?? TimeElementDate(document),
            Publisher = publisher,
            Language = Language(document.DocumentElement.GetAttribute("lang")) ?? Language(ld?.Language)
                ?? Language(meta.Property("og:locale")) ?? Language(meta.HttpEquiv("content-language")),
            SourceUrl = sourceUrl,
            BaseUri = BaseUri(document, sourceUrl),
            Summary = ld?.Description ?? meta.Property("og:description") ?? meta.Name("description") ?? meta.Name("citation_abstract"),
            Kind = Kind(ld?.Type),
            ArticleBody = ld?.ArticleBody,
            DeclaresArticle = (ld?.Type is { } type && type is not ("WebPage" or "CreativeWork"))
                || string.Equals(meta.Property("og:type"), "article", StringComparison.OrdinalIgnoreCase)
                || meta.Name("citation_title") is not null,
        };
    }

    private static IReadOnlyList<AuthorCredit> Authors(IDocument document, JsonLdArticle? ld, MetaTags meta, string? publisher)
    {
        IEnumerable<BylineCredit> credits = ld?.Authors is { Count: > 0 } fromLd ? fromLd.Select(n => new BylineCredit(n, Affiliation: ld.Affiliations.GetValueOrDefault(n)))
            : meta.CitationAuthors() is { Count: > 0 } citation ? citation.Select(a => new BylineCredit(a.Name, Affiliation: a.Institution))
            : meta.Name("author") is { } author ? AuthorNameParser.Split(author).Select(n => new BylineCredit(n))
            : meta.Property("article:author") is { } articleAuthor && !articleAuthor.Contains("://", StringComparison.Ordinal) ? AuthorNameParser.Split(articleAuthor).Select(n => new BylineCredit(n))
            : [];
        var bylines = Bylines(document);
        if (!credits.Any())
        {
            credits = bylines.Select(b => b.Credit);
        }

        // An organisation credited as author (often the publisher itself) is not a person to list. The page's byline
        // adds what the metadata leaves out: a role ("Interview by …") and an affiliation beside the name.
        return [.. credits
            .Select(c => c with { Name = PersonName.Display(AuthorNameParser.StripHonorifics(TextMeasure.Collapse(c.Name))) })
            .Where(c => c.Name.Length > 1 && !c.Name.Contains("://", StringComparison.Ordinal) && (publisher is null || !SiteNameFinder.SameName(c.Name, publisher)))
            .DistinctBy(c => PersonName.Key(c.Name))
            .Select(c =>
            {
                var byline = bylines.FirstOrDefault(b => PersonName.Key(b.Credit.Name) == PersonName.Key(c.Name));
                return new AuthorCredit(c.Name, byline.Role, Clean(c.Affiliation) ?? Clean(byline.Credit?.Affiliation));
            })];
    }

    private static string? Clean(string? affiliation) => affiliation is null ? null : TextMeasure.Collapse(affiliation) is { Length: > 0 } text ? text : null;

    /// <summary>
    /// The people the page's byline elements name, each with the role its label gives ("Interview by …" names the
    /// interviewer) and an affiliation from the byline's text ("By A, fellow at X") or an <c>.affiliation</c> element.
    /// </summary>
    private static List<(BylineCredit Credit, AuthorRole Role)> Bylines(IDocument document)
    {
        foreach (var element in document.QuerySelectorAll("[rel=author], [itemprop=author], .byline, .author, .by-author"))
        {
            var text = TextMeasure.Collapse(element.TextContent);
            var role = InterviewerLabel().IsMatch(text) ? AuthorRole.Interviewer : AuthorRole.Author;
            var affiliation = AffiliationNear(element);
            var credits = BylineParser.ParseBy(text);
            if (credits.Count > 0)
            {
                return [.. credits.Select(c => (c with { Affiliation = c.Affiliation ?? affiliation }, role))];
            }

            if (AuthorNameParser.LooksLikePersonName(text))
            {
                return [(new BylineCredit(text, Affiliation: affiliation), role)];
            }

            // A byline box holding a name element and an affiliation element: the name on its own.
            var name = element.QuerySelector("[itemprop=name], .name, .author-name");
            if (name is not null && TextMeasure.Collapse(name.TextContent) is var named && AuthorNameParser.LooksLikePersonName(named))
            {
                return [(new BylineCredit(named, Affiliation: affiliation), role)];
            }
        }

        return [];
    }

    private static string? AffiliationNear(IElement byline)
    {
        var affiliation = byline.QuerySelector(".affiliation, [itemprop=affiliation]")
            ?? byline.ParentElement?.QuerySelector(".affiliation, [itemprop=affiliation]");
        return affiliation is null ? null : Clean(affiliation.TextContent);
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"^Interview(?:ed)?\s+by\b", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex InterviewerLabel();

    // Only a time element inside the article or marked as the publication time: a page's other times are comments and teasers.
    private static DateOnly? TimeElementDate(IDocument document)
    {
        var time = document.QuerySelector("article time[datetime], time[pubdate], time[itemprop=datePublished], .byline time[datetime], header time[datetime]");
        return HtmlDateReader.Read(time?.GetAttribute("datetime"));
    }

    private static string? Kind(string? type) => type switch
    {
        "Chapter" => "chapter",
        "Report" => "report",
        "OpinionNewsArticle" => "op-ed",
        _ => null,
    };

    /// <summary>"en-GB" → "en", "ru_RU" → "ru": the front matter keeps the main language only.</summary>
    private static string? Language(string? tag)
    {
        var primary = tag?.Trim().Split('-', '_')[0].ToLowerInvariant();
        return primary is { Length: >= 2 and <= 3 } && primary.All(char.IsAsciiLetterLower) ? primary : null;
    }

    private static string? Absolute(string? url) =>
        Uri.TryCreate(url?.Trim(), UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" ? uri.AbsoluteUri : null;

    private static Uri? BaseUri(IDocument document, string? sourceUrl)
    {
        var source = sourceUrl is null ? null : new Uri(sourceUrl);
        var href = document.QuerySelector("base[href]")?.GetAttribute("href");
        if (href is not null && (Uri.TryCreate(href, UriKind.Absolute, out var absolute) || (source is not null && Uri.TryCreate(source, href, out absolute))))
        {
            return absolute;
        }

        return source;
    }

    // "https://www.dailyledger.com/…" → "dailyledger": matches "Daily Ledger" in a title once spaces are dropped.
    private static string? SiteFromUrl(string? url)
    {
        if (url is null)
        {
            return null;
        }

        var host = new Uri(url).Host;
        var parts = host.Split('.');
        return parts.Length >= 2 ? parts[^2] : host;
    }
}
