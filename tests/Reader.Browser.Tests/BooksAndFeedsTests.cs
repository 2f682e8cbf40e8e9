using System.IO.Compression;
using System.Text.Json;

namespace Reader.Browser.Tests;

/// <summary>The e-books and the JSON Feed of the real collection, reached as a reader reaches them: from the pages.</summary>
[Collection(BuiltSiteCollection.Name)]
public sealed class BooksAndFeedsTests(BuiltSite site)
{
    [BrowserFact]
    public async Task Downloads_an_articles_a_themes_and_the_collections_ebook_from_their_pages()
    {
        var cases = new[]
        {
            ("/articles/russian-foreign-policy-and-covid-19/", "main .ebook-link", "Russian Foreign Policy and COVID-19"),
            ("/themes/china-factor/", "main a[type='application/epub+zip']", "The China factor"),
            ("/", "footer a[type='application/epub+zip']", null),
        };
        foreach (var (path, link, title) in cases)
        {
            var page = await site.OpenAsync(path);
            var download = await page.RunAndWaitForDownloadAsync(() => page.Locator(link).First.ClickAsync());
            Assert.EndsWith(".epub", download.SuggestedFilename, StringComparison.Ordinal);
            var file = Path.Combine(site.Root, "download-" + download.SuggestedFilename);
            await download.SaveAsAsync(file);

            using var book = ZipFile.OpenRead(file);
            Assert.Equal("mimetype", book.Entries[0].FullName);
            using (var mimetype = new StreamReader(book.Entries[0].Open()))
            {
                Assert.Equal("application/epub+zip", await mimetype.ReadToEndAsync());
            }

            var opf = book.Entries.Single(e => e.FullName.EndsWith(".opf", StringComparison.Ordinal));
            using var reader = new StreamReader(opf.Open());
            var package = await reader.ReadToEndAsync();
            Assert.Contains("<dc:language>", package, StringComparison.Ordinal);
            if (title is not null)
            {
                Assert.Contains(title, package, StringComparison.Ordinal);
            }
        }
    }

    [BrowserFact]
    public async Task The_json_feed_named_in_a_pages_head_is_json_feed_1_1_with_whole_articles()
    {
        var page = await site.OpenAsync("/themes/china-factor/");
        var href = await page.Locator("link[rel=alternate][type='application/feed+json']").GetAttributeAsync("href");
        Assert.Equal("/themes/china-factor/feed.json", href);

        var response = await page.APIRequest.GetAsync(site.BaseUrl + href);
        Assert.True(response.Ok);
        using var feed = JsonDocument.Parse(await response.TextAsync());
        Assert.Equal("https://jsonfeed.org/version/1.1", feed.RootElement.GetProperty("version").GetString());
        var items = feed.RootElement.GetProperty("items").EnumerateArray().ToList();
        Assert.NotEmpty(items);
        Assert.All(items, item => Assert.True(item.GetProperty("content_html").GetString()!.Length > 500));

        await page.GotoAsync(site.BaseUrl + "/");
        await page.Locator("footer a", new() { HasTextString = "JSON feed" }).ClickAsync();
        Assert.EndsWith("/feed.json", page.Url, StringComparison.Ordinal);
    }
}
