using System.Text.Json;

namespace Reader.Browser.Tests;

/// <summary>Redirects of renamed articles, responsive local images and the draft banner, in Chromium.</summary>
[Collection(BuiltSiteCollection.Name)]
public sealed class ExtrasTests(ExtrasSite extras, BuiltSite site) : IClassFixture<ExtrasSite>
{
    [BrowserFact]
    public async Task An_old_address_takes_the_reader_to_the_renamed_article_without_script()
    {
        var context = await site.Browser.NewContextAsync(new() { JavaScriptEnabled = false });
        var page = await context.NewPageAsync();
        await page.GotoAsync(extras.BaseUrl + "/articles/kuril-islands-talks/");

        // The refresh may land while the first page is still loading: wait for the heading, not for a navigation event.
        await page.Locator("h1", new() { HasTextString = "The Kuril talks" }).WaitForAsync();
        Assert.Equal(extras.BaseUrl + "/articles/kuril-talks/", page.Url);
    }

    [BrowserFact]
    public async Task A_phone_loads_a_small_copy_of_the_picture_and_a_wide_screen_a_larger_one_without_the_text_jumping()
    {
        foreach (var (width, expected) in new[] { (360, "/image-sizes/480/kunashir.png"), (1280, "/image-sizes/960/kunashir.png") })
        {
            var context = await site.Browser.NewContextAsync(new() { ViewportSize = new() { Width = width, Height = 800 }, DeviceScaleFactor = 1 });
            var page = await context.NewPageAsync();
            await page.GotoAsync(extras.BaseUrl + "/articles/kuril-talks/");
            var image = page.Locator("main figure img");
            await image.ScrollIntoViewIfNeededAsync();
            await page.WaitForFunctionAsync("() => document.querySelector('main figure img').complete && document.querySelector('main figure img').naturalWidth > 0");
            Assert.EndsWith(expected, await image.EvaluateAsync<string>("i => i.currentSrc"), StringComparison.Ordinal);

            // The box has the picture's proportions before and after it loads: width and height are on the tag.
            var box = (await image.BoundingBoxAsync())!;
            Assert.InRange(box.Height / box.Width, 0.55, 0.575);
            Assert.True(box.X + box.Width <= width, $"the picture overflows at {width}px");
            Assert.Equal("Kunashir, seen from the Shiretoko peninsula.", (await page.Locator("main figcaption").InnerTextAsync()).Trim());
            await page.ScreenshotAsync(new() { Path = Screenshot($"image-{width}.png") });
        }
    }

    [BrowserFact]
    public async Task The_preview_shows_a_draft_with_a_visible_banner_and_the_build_has_no_such_page()
    {
        var page = await site.Browser.NewPageAsync();
        await page.GotoAsync(extras.PreviewUrl + "/articles/unfinished/");
        var banner = page.Locator(".draft-banner");
        Assert.True(await banner.IsVisibleAsync());
        Assert.StartsWith("Draft", (await banner.InnerTextAsync()).Trim(), StringComparison.Ordinal);
        await page.ScreenshotAsync(new() { Path = Screenshot("draft-1280.png") });

        var published = await page.GotoAsync(extras.BaseUrl + "/articles/unfinished/");
        Assert.Equal(404, published!.Status);
    }

    [BrowserFact]
    public async Task The_new_pages_have_no_serious_accessibility_violation()
    {
        var failures = new List<string>();
        foreach (var url in new[] { extras.BaseUrl + "/articles/kuril-talks/", extras.PreviewUrl + "/articles/unfinished/" })
        {
            var context = await site.Browser.NewContextAsync(new() { BypassCSP = true });
            var page = await context.NewPageAsync();
            await page.GotoAsync(url);
            await page.AddScriptTagAsync(new() { Path = Chromium.AxeScript });
            var json = await page.EvaluateAsync<JsonElement>("async () => (await axe.run(document, { resultTypes: ['violations'] })).violations.filter(v => v.impact === 'serious' || v.impact === 'critical').map(v => v.id)");
            failures.AddRange(json.EnumerateArray().Select(v => $"{url}: {v.GetString()}"));
        }

        Assert.True(failures.Count == 0, string.Join('\n', failures));
    }

    private static string Screenshot(string name)
    {
        var path = Path.Combine(AppContext.BaseDirectory, "screenshots", name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        return path;
    }
}
