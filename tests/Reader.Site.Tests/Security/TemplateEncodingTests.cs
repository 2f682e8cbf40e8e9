using Reader.Site.Rendering.Templates;
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
    public void Every_character_html_gives_meaning_to_is_encoded_and_no_other()
    {
        var template = TemplateParser.Parse("<a title=\"{{Text}}\">{{Text}}</a>{{{Text}}}");

        var html = template.Render(new { Text = "&<>\"'`= Ж 日 é" }, new Dictionary<string, Template>());

        Assert.Equal("<a title=\"&amp;&lt;&gt;&quot;&#x27;&#x60;&#x3D; Ж 日 é\">&amp;&lt;&gt;&quot;&#x27;&#x60;&#x3D; Ж 日 é</a>&<>\"'`= Ж 日 é", html);
    }
}
