using Microsoft.Playwright;

namespace Reader.Browser.Tests;

/// <summary>The research parts of the real collection: people, the timeline, passage links and citations.</summary>
[Collection(BuiltSiteCollection.Name)]
public sealed class ResearchToolTests(BuiltSite site)
{
    [BrowserFact]
    public async Task Goes_from_the_people_index_to_a_person_and_from_a_snippet_to_its_paragraph()
    {
        var page = await site.OpenAsync("/");
        await page.Locator("nav a", new() { HasTextString = "People" }).First.ClickAsync();
        Assert.EndsWith("/people/", page.Url);

        await page.Locator("main a", new() { HasTextString = "Vladimir Putin" }).First.ClickAsync();
        Assert.EndsWith("/people/vladimir-putin/", page.Url);
        Assert.Contains("Mentioned", await page.Locator(".mentions .page-meta").InnerTextAsync());

        var snippet = page.Locator(".snippet").First;
        var sentence = (await snippet.InnerTextAsync()).Trim();
        await snippet.ClickAsync();
        Assert.Matches("/articles/[^/]+/#p-[0-9a-f]{8}", page.Url);

        // The paragraph the link names is there, holds the sentence, is in view and shows its own link.
        var target = page.Locator(":target");
        Assert.Contains(sentence, await target.InnerTextAsync());
        Assert.True(await target.IsVisibleAsync());
        Assert.Equal("1", await target.Locator(".passage-link").EvaluateAsync<string>("a => getComputedStyle(a).opacity"));
    }

    [BrowserFact]
    public async Task A_paragraph_shows_its_link_on_hover_and_on_keyboard_focus()
    {
        var page = await site.OpenAsync("/articles/russian-foreign-policy-and-covid-19/");
        var paragraph = page.Locator(".prose p[id^='p-']").Nth(1);
        var link = paragraph.Locator(".passage-link");
        var id = await paragraph.GetAttributeAsync("id");
        Assert.Equal("#" + id, await link.GetAttributeAsync("href"));
        Assert.Equal("0", await Opacity(link));

        await paragraph.HoverAsync();
        Assert.Equal("1", await Opacity(link));

        await page.Mouse.MoveAsync(0, 0);
        await link.FocusAsync();
        Assert.Equal("1", await Opacity(link));
        Assert.Equal("Link to this paragraph", await link.GetAttributeAsync("aria-label"));
    }

    [BrowserFact]
    public async Task The_timeline_leads_from_its_overview_to_a_year_and_from_an_event_to_its_passage_without_a_script()
    {
        // The real collection's 32 events fit on a page: the timeline is that page, a section for each year.
        var noScript = new BrowserNewContextOptions { JavaScriptEnabled = false };
        var page = await site.OpenAsync("/timeline/", noScript);
        Assert.True(await page.Locator(".events .event").CountAsync() > 10);

        await page.Locator(".timeline-decades a", new() { HasTextString = "2014" }).ClickAsync();
        Assert.EndsWith("/timeline/#y2014", page.Url);
        var dates = await page.Locator("section:has(> h2:target) .event time").EvaluateAllAsync<string[]>("ts => ts.map(t => t.getAttribute('datetime'))");
        Assert.NotEmpty(dates);
        Assert.All(dates, d => Assert.StartsWith("2014", d));

        // A person's timeline is a link from the overview, and an event's link leads to the passage that states the date.
        await page.GotoAsync(site.BaseUrl + "/timeline/");
        await page.Locator(".timeline-pages summary").ClickAsync();
        await page.Locator(".timeline-pages a", new() { HasTextString = "Vladimir Putin" }).ClickAsync();
        Assert.EndsWith("/timeline/people/vladimir-putin/", page.Url);
        await page.Locator(".timeline-decades a").First.ClickAsync();
        var sentence = page.Locator(".event__text a[href*='#p-']").First;
        var text = (await sentence.InnerTextAsync()).Trim().TrimEnd('…');
        await sentence.ClickAsync();
        Assert.Matches("/articles/[^/]+/#p-[0-9a-f]{8}", page.Url);
        Assert.Contains(text, await page.Locator(":target").InnerTextAsync()); // a long sentence is shown cut, ending in "…"
    }

    [BrowserFact]
    public async Task Cite_this_opens_with_both_styles_and_its_downloads_are_citations()
    {
        var page = await site.OpenAsync("/articles/the-role-of-china-in-japan-russia-relations-the-japanese-perspective/");
        Assert.False(await page.Locator("#cite dd.citation").First.IsVisibleAsync());

        await page.Locator("#cite summary").ClickAsync();
        var styles = await page.Locator("#cite dd.citation").AllInnerTextsAsync();
        Assert.StartsWith("Togo, Kazuhiko, and Dmitry Streltsov. 2024.", styles[0]);
        Assert.StartsWith("Togo, K., & Streltsov, D. (2024).", styles[1]);
        Assert.Contains("[Chapter]", styles[1]);

        foreach (var (format, start) in new[] { ("BibTeX", "@incollection{togo2024role,"), ("RIS", "TY  - CHAP"), ("CSL-JSON", "[") })
        {
            var href = await page.Locator("#cite a[download]", new() { HasTextString = format }).First.GetAttributeAsync("href");
            var response = await page.APIRequest.GetAsync(site.BaseUrl + href);
            Assert.True(response.Ok, href);
            Assert.StartsWith(start, await response.TextAsync());
        }

        await page.Locator("#provenance summary").ClickAsync();
        Assert.Contains("362247b8acab4a0f8b88b720acf4a22532942ed7e221069e48e322ee946eb94c", await page.Locator("#provenance").InnerTextAsync());
    }

    private static Task<string> Opacity(ILocator locator) => locator.EvaluateAsync<string>("a => getComputedStyle(a).opacity");
}
