using Microsoft.Playwright;
using Xunit.Abstractions;

namespace Reader.Browser.Tests;

/// <summary>The first screen on a phone, the search page, and the screenshots a reviewer looks at.</summary>
[Collection(BuiltSiteCollection.Name)]
public sealed class ReadingExperienceTests(BuiltSite site, ITestOutputHelper output)
{
    private static readonly string[] Articles =
    [
        "/articles/russian-foreign-policy-and-covid-19/",
        "/articles/the-role-of-china-in-japan-russia-relations-the-japanese-perspective/",
        "/articles/long-term-external-and-internal-factors-determining-the-course-of-development-of/",
        "/articles/japans-difficult-choices-in-navigating-its-ties-with-russia/",
        "/articles/worst-russia-u-s-relations-since-cold-war-may-affect-japan-russia-negotiations/",
    ];

    private static BrowserNewContextOptions Phone(ColorScheme scheme = ColorScheme.Light) =>
        new() { ViewportSize = new() { Width = 360, Height = 740 }, ColorScheme = scheme };

    [BrowserFact]
    public async Task On_a_phone_the_header_is_one_row_and_the_first_paragraph_is_on_the_first_screen()
    {
        foreach (var path in Articles)
        {
            var page = await site.OpenAsync(path, Phone());
            var header = await page.Locator(".site-header").BoundingBoxAsync();
            Assert.True(header!.Height <= 72, $"{path}: the header is {header.Height}px tall at 360px");
            var first = await page.Locator("#article-body p").First.BoundingBoxAsync();
            Assert.True(first!.Y + 24 < 740, $"{path}: the first paragraph starts at {first.Y}px, below the first screen");
            Assert.Equal(0, await page.EvaluateAsync<int>("document.documentElement.scrollWidth - document.documentElement.clientWidth"));
        }
    }

    [BrowserFact]
    public async Task Theme_pills_stay_on_one_line_on_a_phone()
    {
        var page = await site.OpenAsync(Articles[0], Phone());
        var heights = await page.EvaluateAsync<double[]>("[...document.querySelectorAll('.tags a')].map(a => a.getBoundingClientRect().height / parseFloat(getComputedStyle(a).lineHeight))");
        Assert.NotEmpty(heights);
        Assert.All(heights, lines => Assert.True(lines < 1.8, $"a theme pill wraps onto {lines:0.0} lines"));
    }

    [BrowserFact]
    public async Task Search_results_sit_under_the_heading_with_a_count_marked_words_and_keyboard_navigation()
    {
        var page = await site.OpenAsync("/search/?q=peace%20treaty");
        await page.Locator("#search-results a").First.WaitForAsync();
        var heading = await page.Locator("main h1").BoundingBoxAsync();
        var results = await page.Locator("#search-results").BoundingBoxAsync();
        Assert.True(results!.Y > heading!.Y + heading.Height, "the results are above the page's heading");
        Assert.Matches(@"^\d+ articles? match “peace treaty”", await page.Locator("#search-count").InnerTextAsync());
        Assert.Equal("h2", await page.Locator("#search-results li").First.Locator("h2 a").EvaluateAsync<string>("a => a.parentElement.localName"));
        // Every snippet shows the words found: from the article's opening in the index, or else from the passage of
        // the article's page that holds them.
        await page.WaitForFunctionAsync("[...document.querySelectorAll('#search-results .search-result__snippet')].every(p => p.querySelector('mark'))");
        var marked = await page.Locator("#search-results .search-result__snippet mark").AllInnerTextsAsync();
        Assert.All(marked, word => Assert.Contains(word.ToLowerInvariant(), new[] { "peace", "treaty" }));

        // A snippet starts and ends at whole words.
        var snippet = await page.Locator("#search-results .search-result__snippet").First.InnerTextAsync();
        var words = await page.EvaluateAsync<string>("() => document.body.innerText");
        Assert.Matches(@"^(… )?\S", snippet);
        Assert.Contains(snippet.TrimStart('…', ' ').Split(' ')[0], words);

        await page.Locator("#search-query").FocusAsync();
        await page.Keyboard.PressAsync("ArrowDown");
        var first = await page.Locator("#search-results a").First.GetAttributeAsync("href");
        Assert.Equal(first, await page.EvaluateAsync<string>("document.activeElement.getAttribute('href')"));
        await page.Keyboard.PressAsync("ArrowDown");
        Assert.Equal(await page.Locator("#search-results a").Nth(1).GetAttributeAsync("href"), await page.EvaluateAsync<string>("document.activeElement.getAttribute('href')"));
        await page.Keyboard.PressAsync("ArrowUp");
        await page.Keyboard.PressAsync("ArrowUp");
        Assert.Equal("search-query", await page.EvaluateAsync<string>("document.activeElement.id"));
    }

    [BrowserFact]
    public async Task The_header_search_box_opens_the_search_page_with_the_query()
    {
        var page = await site.OpenAsync("/");
        await page.Locator("#search-input").FillAsync("Abiru");
        await page.Locator("#search-input").PressAsync("Enter");
        await page.Locator("#search-results a").First.WaitForAsync();
        Assert.Contains("/search/", page.Url);
        Assert.Equal("Abiru", await page.Locator("#search-query").InputValueAsync());
    }

    [BrowserFact]
    public async Task The_mode_button_on_a_phone_is_an_icon_whose_name_says_the_mode_it_switches_to()
    {
        var page = await site.OpenAsync("/", Phone(ColorScheme.Dark));
        var toggle = page.GetByRole(AriaRole.Button, new() { Name = "Light mode" });
        Assert.True(await toggle.IsVisibleAsync());
        await toggle.ClickAsync();
        Assert.True(await page.GetByRole(AriaRole.Button, new() { Name = "Dark mode" }).IsVisibleAsync());
    }

    [BrowserFact]
    public async Task An_article_is_set_in_the_sites_own_face_within_the_page_budget()
    {
        foreach (var path in Articles)
        {
            var page = await site.OpenAsync(path);
            await page.EvaluateAsync("document.fonts.ready");
            // Raw (uncompressed) sizes of what the page fetched: the budget holds before any server compression.
            var sizes = await page.EvaluateAsync<Dictionary<string, double>>(
                """
                () => {
                  const sum = { code: 0, fonts: 0 };
                  for (const r of performance.getEntriesByType("resource")) {
                    const name = new URL(r.name).pathname;
                    if (/\.(css|js)$/.test(name)) sum.code += r.decodedBodySize;
                    if (/\.woff2$/.test(name)) sum.fonts += r.decodedBodySize;
                  }
                  return sum;
                }
                """);
            output.WriteLine($"{path}: CSS and JavaScript {sizes["code"]:0} bytes, fonts {sizes["fonts"]:0} bytes");
            Assert.True(sizes["code"] is > 0 and <= 30 * 1024, $"{path}: CSS and JavaScript are {sizes["code"]:0} bytes, over 30 KB");
            Assert.True(sizes["fonts"] is > 0 and <= 60 * 1024, $"{path}: fonts are {sizes["fonts"]:0} bytes, over 60 KB");
            Assert.True(await page.EvaluateAsync<bool>("document.fonts.check('1em \"Reader Serif\"') && [...document.fonts].some(f => f.family.includes('Reader Serif') && f.status === 'loaded')"), $"{path}: the text face did not load");
            Assert.StartsWith("\"Reader Serif\"", await page.Locator("#article-body p").Last.EvaluateAsync<string>("p => getComputedStyle(p).fontFamily"));
        }
    }

    [BrowserFact]
    public async Task Takes_screenshots_of_every_kind_of_page_at_desktop_and_phone_widths_light_and_dark()
    {
        string[] paths =
        [
            "/", Articles[0], Articles[1], Articles[2], Articles[3], "/authors/taisuke-abiru/", "/themes/china-factor/",
            "/search/?q=peace%20treaty", "/404.html",
        ];
        var folder = Path.Combine(AppContext.BaseDirectory, "screenshots");
        Directory.CreateDirectory(folder);
        foreach (var scheme in new[] { ColorScheme.Light, ColorScheme.Dark })
        {
            foreach (var width in new[] { 1280, 360 })
            {
                foreach (var path in paths)
                {
                    var page = await site.OpenAsync(path, new BrowserNewContextOptions { ViewportSize = new() { Width = width, Height = width == 360 ? 740 : 900 }, ColorScheme = scheme });
                    if (path.StartsWith("/search/", StringComparison.Ordinal))
                    {
                        await page.Locator("#search-results a").First.WaitForAsync();
                    }

                    var name = $"{Name(path)}-{width}-{scheme.ToString().ToLowerInvariant()}.png";
                    await page.ScreenshotAsync(new() { Path = Path.Combine(folder, name), FullPage = true });
                    Assert.True(new FileInfo(Path.Combine(folder, name)).Length > 5_000, name);
                }
            }
        }
    }

    private static string Name(string path) =>
        path == "/" ? "home" : string.Concat(path.Trim('/').Split('/', '?').Take(2).Select(p => p.Length > 30 ? p[..30] : p).Select((p, i) => i == 0 ? p : "-" + p)).Replace('%', '_').Replace('=', '_').Replace('.', '_');
}
