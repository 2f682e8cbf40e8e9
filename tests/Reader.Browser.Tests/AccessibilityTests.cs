using System.Diagnostics;
using System.Text.Json;
using Microsoft.Playwright;

namespace Reader.Browser.Tests;

[Collection(BuiltSiteCollection.Name)]
public sealed class AccessibilityTests(BuiltSite site)
{
    public static TheoryData<string, string> Pages => new()
    {
        { "/", "light" },
        { "/articles/russian-foreign-policy-and-covid-19/", "light" },
        { "/articles/russian-foreign-policy-and-covid-19/", "dark" },
        { "/authors/taisuke-abiru/", "light" },
        { "/themes/china-factor/", "dark" },
        { "/authors/", "light" },
        { "/themes/", "light" },
        { "/archive/", "light" },
        { "/search/", "light" },
        { "/people/", "light" },
        { "/people/vladimir-putin/", "dark" },
        { "/timeline/", "light" },
        { "/timeline/people/shinzo-abe/", "dark" },
        { "/timeline/themes/china-factor/", "light" },
        { "/404.html", "light" },
    };

    [BrowserFact]
    public async Task No_serious_or_critical_axe_violations_on_any_kind_of_page()
    {
        var failures = new List<string>();
        foreach (var (path, scheme) in Pages.Select(row => ((string)row[0], (string)row[1])))
        {
            // The pages forbid inline scripts; only the test's own axe injection bypasses that.
            var page = await site.OpenAsync(path, new BrowserNewContextOptions { ColorScheme = scheme == "dark" ? ColorScheme.Dark : ColorScheme.Light, BypassCSP = true });
            await page.AddScriptTagAsync(new() { Path = Chromium.AxeScript });
            var json = await page.EvaluateAsync<JsonElement>("async () => (await axe.run(document, { resultTypes: ['violations'] })).violations.map(v => ({ id: v.id, impact: v.impact, nodes: v.nodes.map(n => n.target.join(' ')).slice(0, 3) }))");
            foreach (var violation in json.EnumerateArray())
            {
                var impact = violation.GetProperty("impact").GetString();
                if (impact is "serious" or "critical")
                {
                    failures.Add($"{path} ({scheme}): {violation.GetProperty("id").GetString()} [{impact}] at {violation.GetProperty("nodes")}");
                }
            }
        }

        Assert.True(failures.Count == 0, string.Join('\n', failures));
    }

    [BrowserFact]
    public void Every_page_is_valid_html()
    {
        var pages = Directory.GetFiles(site.Output, "*.html", SearchOption.AllDirectories);
        Assert.NotEmpty(pages);
        var start = new ProcessStartInfo(Chromium.HtmlValidate)
        {
            WorkingDirectory = site.Output,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add("--config");
        start.ArgumentList.Add(Path.Combine(Chromium.TestsFolder, "htmlvalidate.json"));
        foreach (var page in pages)
        {
            start.ArgumentList.Add(Path.GetRelativePath(site.Output, page));
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEnd() + process.StandardError.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, output);
    }
}
