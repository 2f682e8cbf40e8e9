using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using Reader.Site.Model;
using Reader.Site.Views;

namespace Reader.Site.Outputs;

/// <summary>
/// A JSON Feed 1.1 (jsonfeed.org) beside each Atom feed, with the same entries: whole articles, absolute URLs, and no
/// date on an article that has none (see <see cref="AtomFeed.Write"/>).
/// </summary>
public static class JsonFeed
{
    public const string Version = "https://jsonfeed.org/version/1.1";

    private static readonly JsonWriterOptions Options = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, NewLine = "\n" };

    public static ReadOnlyMemory<byte> Write(ViewContext context, FeedSpec feed)
    {
        var urls = context.Urls;
        var buffer = new System.Buffers.ArrayBufferWriter<byte>();
        using (var json = new Utf8JsonWriter(buffer, Options))
        {
            json.WriteStartObject();
            json.WriteString("version", Version);
            json.WriteString("title", feed.Title);
            json.WriteString("home_page_url", urls.Absolute(feed.PageUrl));
            json.WriteString("feed_url", urls.Absolute(feed.JsonUrl));
            json.WriteString("description", context.Model.Settings.SiteDescription);
            json.WriteString("language", context.SiteLanguage);
            json.WriteStartArray("authors");
            json.WriteStartObject();
            json.WriteString("name", context.Model.Settings.SiteTitle);
            json.WriteString("url", urls.Absolute(urls.Home));
            json.WriteEndObject();
            json.WriteEndArray();
            json.WriteStartArray("items");
            foreach (var article in AtomFeed.Entries(context, feed.Articles))
            {
                Item(json, context, article);
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        System.Buffers.BuffersExtensions.Write(buffer, "\n"u8);
        return buffer.WrittenMemory;
    }

    private static void Item(Utf8JsonWriter json, ViewContext context, Article article)
    {
        var urls = context.Urls;
        var url = urls.Absolute(context.ArticleUrl(article));
        json.WriteStartObject();
        json.WriteString("id", url);
        json.WriteString("url", url);
        json.WriteString("title", article.Title);

        // JSON Feed has no xml:base: the body's root-relative links are made absolute.
        json.WriteString("content_html", AbsoluteUrls.Rewrite(context.Bodies.Render(article, handOver: false), urls));
        if (article.Matter.Summary is { } summary)
        {
            json.WriteString("summary", summary);
        }

        if (article.Date is { } date)
        {
            json.WriteString("date_published", date.ToString("yyyy-MM-dd'T00:00:00Z'", CultureInfo.InvariantCulture));
        }

        var people = Bylines.Listed(article).Select(c => c.Person).Distinct().ToList();
        if (people.Count > 0)
        {
            json.WriteStartArray("authors");
            foreach (var person in people)
            {
                json.WriteStartObject();
                json.WriteString("name", person.Name);
                json.WriteString("url", urls.Absolute(context.TermUrl(context.Model.Authors, person)));
                json.WriteEndObject();
            }

            json.WriteEndArray();
        }

        if (article.Themes.Count > 0)
        {
            json.WriteStartArray("tags");
            foreach (var theme in article.Themes)
            {
                json.WriteStringValue(theme.Name);
            }

            json.WriteEndArray();
        }

        json.WriteString("language", article.Matter.Language);
        json.WriteStartArray("attachments");
        json.WriteStartObject();
        json.WriteString("url", urls.Absolute(urls.ArticleEpub(article.Slug)));
        json.WriteString("mime_type", Epub.EpubPackage.MediaType);
        json.WriteString("title", "EPUB");
        json.WriteEndObject();
        json.WriteEndArray();
        json.WriteEndObject();
    }
}
