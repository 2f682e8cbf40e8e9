using Reader.Site.Tests.Support;

namespace Reader.Site.Tests.Security;

public sealed class PagePolicyTests : IClassFixture<SampleSite>
{
    private readonly BuiltSite _site;

    public PagePolicyTests(SampleSite sample) => _site = sample.Site;

    [Fact]
    public void Every_page_carries_a_strict_content_security_policy_and_referrer_policy()
    {
        foreach (var path in _site.Output.Pages)
        {
            var page = _site.Html(path);
            var csp = page.QuerySelector("meta[http-equiv='Content-Security-Policy']")?.GetAttribute("content");
            Assert.NotNull(csp);
            Assert.Contains("script-src 'self'", csp);
            Assert.Contains("object-src 'none'", csp);
            Assert.DoesNotContain("unsafe-inline", csp);
            Assert.Equal("strict-origin-when-cross-origin", page.QuerySelector("meta[name=referrer]")?.GetAttribute("content"));
        }
    }

    [Fact]
    public void Pages_run_no_inline_script_so_the_policy_holds()
    {
        foreach (var path in _site.Output.Pages)
        {
            foreach (var script in _site.Html(path).QuerySelectorAll("script"))
            {
                Assert.True(script.HasAttribute("src") || script.GetAttribute("type") == "application/ld+json", $"{path}: inline script {script.OuterHtml}");
            }
        }
    }

    [Fact]
    public void External_links_open_without_giving_the_target_a_handle_on_the_page()
    {
        foreach (var path in _site.Output.Pages)
        {
            foreach (var link in _site.Html(path).QuerySelectorAll("main a[href^='http']"))
            {
                Assert.Contains("noopener", link.GetAttribute("rel") ?? "");
            }
        }
    }

    [Fact]
    public void Nothing_is_loaded_over_plain_http()
    {
        foreach (var path in _site.Output.Pages)
        {
            foreach (var element in _site.Html(path).QuerySelectorAll("[src]"))
            {
                Assert.False(element.GetAttribute("src")!.StartsWith("http://", StringComparison.OrdinalIgnoreCase), $"{path}: {element.OuterHtml}");
            }
        }
    }
}
