using System.Globalization;
using System.Xml;
using Reader.Site.Model;
using Reader.Site.Views;

namespace Reader.Site.Outputs;

/// <summary>
/// An Atom 1.0 feed with absolute URLs, so it works outside the site. Every feed, the site's and each author's and
/// theme's, carries whole articles: a reader following one person reads them in the feed reader as a reader of the
/// whole site does. Each feed holds the newest <see cref="Content.ReaderSettings.FeedSize"/> articles, fewer when
/// they are long (<see cref="Entries"/>), so its size and cost stay bounded however large the collection grows.
/// </summary>
public static class AtomFeed
{
    public const string Namespace = "http://www.w3.org/2005/Atom";

    /// <remarks>
    /// Some articles have no known date. Their entries carry no date at all: a made-up one (the Unix epoch, or the
    /// build time, which would change the bytes and re-announce old articles) would be shown to readers as a fact.
    /// The feed's own 'updated' is its newest article's date, and is left out when no article has one.
    /// </remarks>
    public static ReadOnlyMemory<byte> Write(ViewContext context, FeedSpec feed)
    {
        var urls = context.Urls;
        var (title, feedUrl, pageUrl) = (feed.Title, feed.AtomUrl, feed.PageUrl);
        var entries = Entries(context, feed.Articles);
        var updated = entries.Select(a => a.Date).OfType<DateOnly>().Select(Stamp).DefaultIfEmpty().Max(StringComparer.Ordinal);
        return XmlOutput.Write(xml =>
        {
            xml.WriteStartElement("feed", Namespace);
            xml.WriteAttributeString("xml", "lang", null, context.SiteLanguage);
            xml.WriteElementString("id", urls.Absolute(feedUrl));
            xml.WriteElementString("title", title);
            xml.WriteElementString("subtitle", context.Model.Settings.SiteDescription);
            Link(xml, "self", urls.Absolute(feedUrl), "application/atom+xml");
            Link(xml, "alternate", urls.Absolute(pageUrl), "text/html");
            Link(xml, "alternate", urls.Absolute(feed.JsonUrl), "application/feed+json");
            if (updated is not null)
            {
                xml.WriteElementString("updated", updated);
            }

            // A feed-level author makes entries without credited people valid Atom.
            xml.WriteStartElement("author");
            xml.WriteElementString("name", context.Model.Settings.SiteTitle);
            xml.WriteEndElement();
            xml.WriteElementString("generator", "Reader");
            foreach (var article in entries)
            {
                Entry(xml, context, article);
            }

            xml.WriteEndElement();
        });
    }

    /// <summary>
    /// How much Markdown a feed's entries may hold together. Their HTML, escaped in XML or JSON, is about half as
    /// large again, so a feed of long articles stays under the 1 MB a file should keep to (the build warns past it).
    /// </summary>
    public const int MarkdownBudget = 600_000;

    /// <summary>
    /// The articles a feed lists: the newest <see cref="Content.ReaderSettings.FeedSize"/>, fewer where their text
    /// would pass <see cref="MarkdownBudget"/>, and always the newest one.
    /// </summary>
    public static IReadOnlyList<Article> Entries(ViewContext context, IReadOnlyList<Article> articles)
    {
        var entries = new List<Article>();
        var length = 0L;
        foreach (var article in articles.Take(context.Model.Settings.FeedSize))
        {
            length += article.MarkdownUtf8.Length;
            if (entries.Count > 0 && length > MarkdownBudget)
            {
                break;
            }

            entries.Add(article);
        }

        return entries;
    }

    private static void Entry(XmlWriter xml, ViewContext context, Article article)
    {
        var url = context.Urls.Absolute(context.ArticleUrl(article));
        xml.WriteStartElement("entry");
        xml.WriteElementString("id", url);
        xml.WriteElementString("title", article.Title);
        Link(xml, "alternate", url, "text/html");
        Link(xml, "enclosure", context.Urls.Absolute(context.Urls.ArticleEpub(article.Slug)), Epub.EpubPackage.MediaType);
        if (article.Date is { } date)
        {
            xml.WriteElementString("updated", Stamp(date));
            xml.WriteElementString("published", Stamp(date));
        }

        foreach (var person in Bylines.Listed(article).Select(c => c.Person).Distinct())
        {
            xml.WriteStartElement("author");
            xml.WriteElementString("name", person.Name);
            xml.WriteElementString("uri", context.Urls.Absolute(context.TermUrl(context.Model.Authors, person)));
            xml.WriteEndElement();
        }

        foreach (var theme in article.Themes)
        {
            xml.WriteStartElement("category");
            xml.WriteAttributeString("term", theme.Slug);
            xml.WriteAttributeString("label", theme.Name);
            xml.WriteEndElement();
        }

        if (article.Summary is { } summary)
        {
            xml.WriteElementString("summary", summary);
        }

        // Links in the body are root-relative; xml:base resolves them against the article's own address.
        xml.WriteStartElement("content");
        xml.WriteAttributeString("type", "html");
        xml.WriteAttributeString("xml", "base", null, url);
        xml.WriteAttributeString("xml", "lang", null, article.Matter.Language);
        xml.WriteString(context.Bodies.Render(article, handOver: false));
        xml.WriteEndElement();
        xml.WriteEndElement();
    }

    private static string Stamp(DateOnly date) => date.ToString("yyyy-MM-dd'T00:00:00Z'", CultureInfo.InvariantCulture);

    private static void Link(XmlWriter xml, string rel, string href, string type)
    {
        xml.WriteStartElement("link");
        xml.WriteAttributeString("rel", rel);
        xml.WriteAttributeString("type", type);
        xml.WriteAttributeString("href", href);
        xml.WriteEndElement();
    }
}
