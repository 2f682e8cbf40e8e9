using System.Diagnostics;
using System.Text.Json;
using Microsoft.Playwright;

namespace Reader.Browser.Tests;

/// <summary>Search that downloads only what a query needs, and lists of several pages, on a generated collection.</summary>
[Collection(LargeSiteCollection.Name)]
public sealed class LargeSiteTests(LargeSite site)
{
    [BrowserFact]
    public async Task A_query_downloads_the_manifest_its_words_shards_and_the_articles_it_shows()
    {
        var page = await site.OpenAsync("/search/");
        var requests = Record(page);

        await page.Locator("#search-query").FillAsync("Sakhalin pipeline");
        await page.Locator("#search-results a").First.WaitForAsync();

        var termShards = Directory.GetFiles(Path.Combine(site.Output, "search-index", "terms")).Length;
        var articleShards = Directory.GetFiles(Path.Combine(site.Output, "search-index", "articles")).Length;
        Assert.True(articleShards >= 3, $"{articleShards} article shards");
        var terms = requests.Count(r => r.Contains("/terms/", StringComparison.Ordinal));
        Assert.InRange(terms, 2, Math.Min(8, termShards / 2));
        Assert.Contains("/search-index.json", requests);
        Assert.Equal("20 articles", (await page.Locator("#search-results li").CountAsync()) + " articles");
        Assert.Contains("match “Sakhalin pipeline”", await page.Locator("#search-count").InnerTextAsync());
    }

    [BrowserFact]
    public async Task Japanese_and_russian_queries_find_their_articles_as_they_are_typed()
    {
        var page = await site.OpenAsync("/search/");
        await page.Locator("#search-query").FocusAsync();
        await page.Keyboard.TypeAsync("平和条約");
        await page.Locator("#search-results a[href='/articles/japanese/']").WaitForAsync();
        Assert.Equal(1, await page.Locator("#search-results li").CountAsync());

        await page.Locator("#search-query").FillAsync("");
        await page.Keyboard.TypeAsync("мирн догов");
        await page.Locator("#search-results a[href='/articles/russian/']").WaitForAsync();

        await page.Keyboard.PressAsync("ArrowDown");
        Assert.Equal("/articles/russian/", await page.EvaluateAsync<string>("document.activeElement.getAttribute('href')"));
    }

    [BrowserFact]
    public async Task The_archive_pages_are_reached_by_next_and_previous_links()
    {
        var page = await site.OpenAsync("/archive/");
        Assert.Equal("Page 1 of 6", (await page.Locator(".page-nav__summary").InnerTextAsync()).Trim());
        await page.Locator(".page-nav a[rel=next]").ClickAsync();
        Assert.EndsWith("/archive/page/2/", page.Url, StringComparison.Ordinal);
        Assert.Equal("2", await page.Locator(".page-nav a[aria-current=page]").InnerTextAsync());
        await page.Locator(".page-nav a", new() { HasTextString = "6" }).ClickAsync();
        Assert.EndsWith("/archive/page/6/", page.Url, StringComparison.Ordinal);
        Assert.Equal(0, await page.Locator("head link[rel=next]").CountAsync());
        Assert.Equal(1, await page.Locator("head link[rel=prev]").CountAsync());
        await page.Locator(".page-nav a[rel=prev]").ClickAsync();
        Assert.EndsWith("/archive/page/5/", page.Url, StringComparison.Ordinal);
    }

    [BrowserFact]
    public async Task Paged_lists_have_no_serious_axe_violations_and_fit_a_phone()
    {
        var failures = new List<string>();
        foreach (var path in new[] { "/archive/page/3/", "/authors/jane-roe/page/2/" })
        {
            var context = await site.Browser.NewContextAsync(new BrowserNewContextOptions { BypassCSP = true, ViewportSize = new() { Width = 320, Height = 640 } });
            var page = await context.NewPageAsync();
            await page.GotoAsync(site.BaseUrl + path);
            await page.AddScriptTagAsync(new() { Path = Chromium.AxeScript });
            var json = await page.EvaluateAsync<JsonElement>("async () => (await axe.run(document, { resultTypes: ['violations'] })).violations.filter(v => v.impact === 'serious' || v.impact === 'critical').map(v => v.id)");
            failures.AddRange(json.EnumerateArray().Select(v => $"{path}: {v.GetString()}"));
            var overflow = await page.EvaluateAsync<int>("document.documentElement.scrollWidth - document.documentElement.clientWidth");
            if (overflow > 0)
            {
                failures.Add($"{path}: scrolls sideways by {overflow}px at 320px");
            }
        }

        Assert.True(failures.Count == 0, string.Join('\n', failures));
    }

    [BrowserFact]
    public void Paged_lists_are_valid_html()
    {
        var start = new ProcessStartInfo(Chromium.HtmlValidate) { WorkingDirectory = site.Output, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add("--config");
        start.ArgumentList.Add(Path.Combine(Chromium.TestsFolder, "htmlvalidate.json"));
        foreach (var page in new[] { "archive/index.html", "archive/page/2/index.html", "archive/page/6/index.html", "authors/jane-roe/page/3/index.html", "index.html" })
        {
            start.ArgumentList.Add(page);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEnd() + process.StandardError.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, output);
    }

    private List<string> Record(IPage page)
    {
        var requests = new List<string>();
        page.Request += (_, request) =>
        {
            lock (requests)
            {
                requests.Add(request.Url[site.BaseUrl.Length..]);
            }
        };
        return requests;
    }
}
