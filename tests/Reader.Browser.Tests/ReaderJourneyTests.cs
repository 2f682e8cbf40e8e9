using Microsoft.Playwright;

namespace Reader.Browser.Tests;

[Collection(BuiltSiteCollection.Name)]
public sealed class ReaderJourneyTests(BuiltSite site)
{
    [BrowserFact]
    public async Task Goes_home_to_theme_to_article_to_author_to_another_article()
    {
        var page = await site.OpenAsync();
        var requests = new List<string>();
        page.Request += (_, request) => requests.Add(request.Url);

        await page.Locator("main a", new() { HasTextString = "Japan–Russia relations" }).First.ClickAsync();
        Assert.Contains("/themes/japan-russia-relations/", page.Url);

        await page.Locator("main a", new() { HasTextString = "Russian Foreign Policy and COVID-19" }).First.ClickAsync();
        Assert.Contains("/articles/", page.Url);
        Assert.Equal("Russian Foreign Policy and COVID-19", (await page.Locator("h1").InnerTextAsync()).Trim());

        await page.Locator("main a[href*='/authors/taisuke-abiru/']").First.ClickAsync();
        Assert.Contains("/authors/taisuke-abiru/", page.Url);

        await page.Locator("main a", new() { HasTextString = "Russia-U.S. relations since Cold War" }).First.ClickAsync();
        Assert.Contains("Russia-U.S. relations since Cold War", await page.Locator("h1").InnerTextAsync());

        Assert.All(requests, url => Assert.StartsWith(site.BaseUrl, url));
    }

    [BrowserFact]
    public async Task Search_finds_an_article_by_a_phrase_from_its_body()
    {
        var page = await site.OpenAsync("/search/");
        var indexRequests = new List<string>();
        page.Request += (_, request) =>
        {
            if (request.Url.Contains("search-index", StringComparison.Ordinal))
            {
                lock (indexRequests)
                {
                    indexRequests.Add(request.Url[site.BaseUrl.Length..]);
                }
            }
        };
        Assert.Empty(indexRequests);

        await page.Locator("#search-query").FillAsync("Northern Territories");
        var result = page.Locator("#search-results a").First;
        await result.WaitForAsync();
        Assert.True(await page.Locator("#search-results a").CountAsync() >= 2);

        // The manifest, the shards of words beginning with "n" and "t", and the one shard of articles.
        Assert.Equal(
            ["/search-index.json", "/search-index/articles/0.json", "/search-index/terms/006e.json", "/search-index/terms/0074.json"],
            indexRequests.Order(StringComparer.Ordinal));

        await result.ClickAsync();
        Assert.Contains("Northern Territories", await page.Locator("main").InnerTextAsync());
    }

    [BrowserFact]
    public async Task Search_finds_cyrillic_text_and_works_from_the_keyboard()
    {
        var page = await site.OpenAsync("/search/");
        await page.Locator("#search-query").FocusAsync();
        await page.Keyboard.TypeAsync("экономические факторы");
        await page.Locator("#search-results a").First.WaitForAsync();
        Assert.Contains("/articles/", await page.Locator("#search-results a").First.GetAttributeAsync("href"));

        await page.Keyboard.PressAsync("Tab");
        var focused = await page.EvaluateAsync<string>("document.activeElement.closest('#search-results, .search-page__form') ? 'search' : document.activeElement.tagName");
        Assert.Equal("search", focused);
    }

    [BrowserFact]
    public async Task Dark_mode_toggle_works_and_persists_across_pages()
    {
        var page = await site.OpenAsync("/", new BrowserNewContextOptions { ColorScheme = ColorScheme.Light });
        var lightBackground = await Background(page);

        Assert.Equal("Dark mode", (await page.Locator("#theme-toggle").InnerTextAsync()).Trim());
        await page.Locator("#theme-toggle").ClickAsync();
        Assert.Equal("dark", await page.Locator("html").GetAttributeAsync("data-theme"));
        Assert.Equal("Light mode", (await page.Locator("#theme-toggle").InnerTextAsync()).Trim()); // it says what it does now
        Assert.NotEqual(lightBackground, await Background(page));

        await page.GotoAsync(site.BaseUrl + "/archive/");
        Assert.Equal("dark", await page.Locator("html").GetAttributeAsync("data-theme"));
        Assert.NotEqual(lightBackground, await Background(page));
    }

    [BrowserFact]
    public async Task Follows_the_system_colour_scheme_without_a_stored_choice()
    {
        var dark = await site.OpenAsync("/", new BrowserNewContextOptions { ColorScheme = ColorScheme.Dark });
        var light = await site.OpenAsync("/", new BrowserNewContextOptions { ColorScheme = ColorScheme.Light });
        Assert.NotEqual(await Background(light), await Background(dark));
    }

    [BrowserFact]
    public async Task Pages_are_fully_readable_without_javascript()
    {
        var page = await site.OpenAsync("/authors/taisuke-abiru/", new BrowserNewContextOptions { JavaScriptEnabled = false });
        await page.Locator("main a", new() { HasTextString = "Russian Foreign Policy and COVID-19" }).First.ClickAsync();
        var text = await page.Locator("main").InnerTextAsync();
        Assert.Contains("two pillars for Japan’s foreign policy toward Russia", text);
        Assert.False(await page.Locator("#theme-toggle").IsVisibleAsync());
    }

    [BrowserFact]
    public async Task Skip_link_is_the_first_stop_and_moves_focus_to_the_content()
    {
        var page = await site.OpenAsync("/archive/");
        await page.Keyboard.PressAsync("Tab");
        Assert.Equal("#main", await page.EvaluateAsync<string>("document.activeElement.getAttribute('href')"));
        Assert.True(await page.EvaluateAsync<bool>("(() => { const r = document.activeElement.getBoundingClientRect(); return r.width > 0 && r.height > 0 && r.top >= 0; })()"));
        await page.Keyboard.PressAsync("Enter");
        Assert.Equal("main", await page.EvaluateAsync<string>("document.activeElement.id"));
    }

    [BrowserFact]
    public async Task Takes_a_screenshot_of_an_article_page_at_desktop_and_phone_widths()
    {
        var desktop = await site.OpenAsync("/articles/russian-foreign-policy-and-covid-19/");
        var path = Path.Combine(AppContext.BaseDirectory, "screenshots", "article.png");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        await desktop.ScreenshotAsync(new() { Path = path, FullPage = false });
        Assert.True(new FileInfo(path).Length > 10_000);

        var phone = await site.OpenAsync("/articles/russian-foreign-policy-and-covid-19/", new BrowserNewContextOptions { ViewportSize = new() { Width = 320, Height = 640 } });
        await phone.ScreenshotAsync(new() { Path = Path.Combine(Path.GetDirectoryName(path)!, "article-320.png") });
        var overflow = await phone.EvaluateAsync<int>("document.documentElement.scrollWidth - document.documentElement.clientWidth");
        Assert.True(overflow <= 0, $"the page scrolls sideways by {overflow}px at 320px");
    }

    [BrowserFact]
    public async Task The_content_security_policy_holds_while_the_theme_scripts_run()
    {
        var context = await site.Browser.NewContextAsync();
        await context.AddInitScriptAsync("window.__violations = []; document.addEventListener('securitypolicyviolation', e => window.__violations.push(e.violatedDirective + ' ' + e.blockedURI));");
        var page = await context.NewPageAsync();
        var errors = new List<string>();
        page.Console += (_, message) => { if (message.Type == "error") errors.Add(message.Text); };
        page.PageError += (_, error) => errors.Add(error);

        await page.GotoAsync(site.BaseUrl + "/articles/russian-foreign-policy-and-covid-19/");
        await page.Locator("#theme-toggle").ClickAsync();
        await page.Locator("#search-input").FillAsync("peace treaty");
        await page.Locator("#search-input").PressAsync("Enter");
        await page.Locator("#search-results a").First.WaitForAsync();

        Assert.Empty(await page.EvaluateAsync<string[]>("window.__violations"));
        Assert.Empty(errors);
        Assert.Equal("dark", await page.Locator("html").GetAttributeAsync("data-theme"));
    }

    private static Task<string> Background(IPage page) =>
        page.EvaluateAsync<string>("getComputedStyle(document.body).backgroundColor");
}
