using AngleSharp.Dom;
using Reader.Ingest.Data;
using Reader.Ingest.Text;

namespace Reader.Ingest.Html;

/// <summary>
/// Tells articles from pages that only look like them to an extractor: error pages (by their title), listings
/// (many teaser headlines that are links, and no article type declared), and pages with almost no prose.
/// </summary>
public static class PageClassifier
{
    private const int MinArticleWords = 15;

    // A page that declares itself an article may be a short brief or a paywall teaser; only an empty shell is rejected.
    private const int MinDeclaredArticleWords = 15;
    private const int MinTeasers = 6;
    private const int MinProseParagraph = 80;
    private const int MinProseParagraphs = 3;
    private const int MinProseCharacters = 400;

    /// <param name="page">The whole page, before chrome was removed.</param>
    /// <param name="bodyText">The Markdown body that was extracted.</param>
    /// <param name="teasers">Linked headlines on the whole page, counted before chrome was removed (<see cref="Teasers"/>).</param>
    public static (PageKind Kind, string? Reason) Classify(IDocument page, HtmlMetadata metadata, string bodyText, int teasers)
    {
        var title = TextMeasure.Collapse(page.QuerySelector("title")?.TextContent ?? "");
        var h1 = TextMeasure.Collapse(page.QuerySelector("h1")?.TextContent ?? "");
        var words = LineShape.WordCount(bodyText) + CjkWords(bodyText);
        if ((IsErrorTitle(title) || IsErrorTitle(h1)) && words < 300)
        {
            return (PageKind.Error, $"an error page (\"{(IsErrorTitle(h1) ? h1 : title)}\")");
        }

        if (!metadata.DeclaresArticle && teasers >= MinTeasers && (!HasProse(bodyText) || IsTeaserList(bodyText)))
        {
            return (PageKind.Listing, $"a listing of {teasers} linked headlines, not one article");
        }

        if (words < (metadata.DeclaresArticle ? MinDeclaredArticleWords : MinArticleWords))
        {
            return (PageKind.NoProse, $"only {words} words of prose");
        }

        return (PageKind.Article, null);
    }

    /// <summary>
    /// A body with a substantial run of prose: three paragraphs and 400 characters of them. A blurb under a linked
    /// headline is a teaser, not prose, so a rail of teasers beside an article does not make the page a listing,
    /// and a listing's blurbs do not make it an article.
    /// </summary>
    public static bool HasProse(string markdown)
    {
        var paragraphs = 0;
        var characters = 0;
        var afterLink = false;
        foreach (var line in markdown.Split('\n'))
        {
            var text = line.Trim();
            if (text.Length == 0)
            {
                continue;
            }

            var headline = text.TrimStart('#', ' ');
            var isLink = headline.StartsWith('[') && headline.EndsWith(')');
            if (!isLink && !afterLink && text.Length >= MinProseParagraph && text[0] is not ('#' or '!' or '|' or '-' or '>' or '['))
            {
                paragraphs++;
                characters += text.Length;
            }

            afterLink = isLink;
        }

        return paragraphs >= MinProseParagraphs && characters >= MinProseCharacters;
    }

    /// <summary>
    /// The extracted body is itself a list of teasers: five or more headings that are links, and they make a quarter or
    /// more of its blocks. An article links to other pages in its sentences, not in a run of its headings.
    /// </summary>
    public static bool IsTeaserList(string markdown)
    {
        var (blocks, linked) = (0, 0);
        foreach (var block in markdown.Split("\n\n", StringSplitOptions.RemoveEmptyEntries))
        {
            var text = block.Trim();
            blocks++;
            var unmarked = text.TrimStart('#', ' ');
            linked += (text.StartsWith('#') || text.StartsWith("[#", StringComparison.Ordinal)) && unmarked.StartsWith('[') && unmarked.EndsWith(')') ? 1 : 0;
        }

        return linked >= MinTeasers - 1 && linked * 4 >= blocks;
    }

    /// <summary>"404", "Page not found", "Страница не найдена — Site": the title, or its part before a separator.</summary>
    public static bool IsErrorTitle(string text)
    {
        if (text.Length == 0)
        {
            return false;
        }

        var first = text.Split([" | ", " - ", " — ", " – ", ": "], StringSplitOptions.None)[0];
        return HtmlData.ErrorPageTitles.Matches(first) || HtmlData.ErrorPageTitles.Matches(text) || first.Trim().StartsWith("404", StringComparison.Ordinal);
    }

    /// <summary>Headlines that are links: h2–h4 whose text is all inside one link, or <c>article</c> elements with one.</summary>
    public static int Teasers(IDocument page)
    {
        var count = 0;
        foreach (var heading in page.QuerySelectorAll("h2, h3, h4"))
        {
            var link = heading.QuerySelector("a[href]") ?? heading.Closest("a[href]");
            var text = TextMeasure.Length(heading);
            if (link is not null && text > 15 && TextMeasure.Length(link) >= text * 0.9)
            {
                count++;
            }
        }

        return count;
    }

    // Japanese and Chinese are written without spaces: count each ideograph or kana as a word's worth.
    private static int CjkWords(string text) => text.Count(c => c is >= '\u3040' and <= '\u30FF' or >= '\u4E00' and <= '\u9FFF') / 2;
}
