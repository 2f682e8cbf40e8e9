using Reader.Site.Rendering;
using Reader.Site.Tests.Support;

namespace Reader.Site.Tests.Security;

public sealed class TemplateEncodingTests
{
    [Fact]
    public void Values_printed_by_an_indented_partial_are_still_html_encoded()
    {
        using var site = MiniSite.Build("""
            -- theme/pages/home.hbs --
            <div class="page">
              <section>
                {{> article-list Page.Latest}}
              </section>
            </div>
            -- input/articles/x.md --
            ---
            title: "<script>alert(1)</script>"
            ---
            Text.
            """);

        var home = site.Text("index.html");
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", home);
        Assert.Empty(site.Html("index.html").QuerySelectorAll("main script"));
    }

    [Fact]
    public void Unindenting_touches_only_partial_calls()
    {
        var template = "<ul>\n    {{> item}}\n    {{~> item}}\n    <li>{{Name}}</li>\n</ul>";
        Assert.Equal("<ul>\n{{> item}}\n{{~> item}}\n    <li>{{Name}}</li>\n</ul>", TemplateSet.Unindent(template));
    }
}
