using Reader.Site.Tests.Support;

namespace Reader.Site.Tests.Diagnostics;

public sealed class DiagnosticTests
{
    [Fact]
    public void Unknown_theme_is_an_error_at_its_file_and_line()
    {
        using var site = MiniSite.Build("""
            -- input/themes/china-factor.md --
            ---
            title: The China factor
            ---
            -- input/articles/x.md --
            ---
            title: X
            themes:
              - china-factor
              - arctic
            ---
            Text.
            """);

        var error = Assert.Single(site.Errors);
        Assert.Equal("input/articles/x.md:5:1: error: unknown theme 'arctic' (add input/themes/arctic.md, or use one of: china-factor)", error.ToString());
        Assert.True(site.Result.HasErrors);
    }

    [Fact]
    public void A_missing_template_is_an_error_naming_the_expected_path()
    {
        using var site = MiniSite.Build("""
            -- delete theme/pages/article.hbs --
            -- input/articles/x.md --
            ---
            title: X
            ---
            Text.
            """);

        var error = Assert.Single(site.Errors);
        Assert.Equal("theme/pages/article.hbs: error: the template 'pages/article.hbs' is missing (create theme/pages/article.hbs; every page kind needs its template)", error.ToString());
        Assert.Equal(0, site.Result.PagesWritten);
    }

    [Fact]
    public void A_missing_theme_folder_is_one_error_not_one_per_template()
    {
        using var output = new TempFolder();
        var result = SiteBuilder.Build(new Reader.Content.ReaderSettings(), RepoPaths.SampleInput, output.Combine("no-theme"), output.Combine("site"));

        var error = Assert.Single(result.Diagnostics, d => d.IsError);
        Assert.Contains("the theme folder does not exist", error.Message);
        Assert.Equal(0, result.PagesWritten);
    }

    [Fact]
    public void A_misspelt_property_in_a_template_is_reported_not_printed_empty()
    {
        using var site = MiniSite.Build("""
            -- theme/pages/404.hbs --
            <h1>{{Page.Titel}}</h1>
            """);

        var error = Assert.Single(site.Errors);
        Assert.StartsWith("theme/pages/404.hbs:1:5: error: rendering /404.html failed: 'Titel' is undefined in Page.Titel: the value has ", error.ToString());
    }

    [Fact]
    public void A_template_error_names_the_file_it_is_in_even_when_another_template_called_it()
    {
        using var site = MiniSite.Build("""
            -- theme/partials/term-list.hbs --
            <ul>
              {{#each this}}<li>{{Nmae}}</li>{{/each}}
            </ul>
            -- input/articles/x.md --
            ---
            title: X
            authors: [Jane Roe]
            ---
            Text.
            """);

        Assert.Contains(site.Errors, e => e.ToString().StartsWith("theme/partials/term-list.hbs:2:21: error: rendering", StringComparison.Ordinal));
    }

    [Fact]
    public void A_broken_partial_or_a_call_to_a_missing_one_stops_the_build_before_any_page_is_written()
    {
        using var site = MiniSite.Build("""
            -- theme/partials/term-list.hbs --
            {{#each this}}<li>{{Name}}</li>
            -- theme/pages/404.hbs --
            <h1>Not found</h1>
            {{> nowhere}}
            """);

        Assert.Equal(
            [
                "theme/pages/404.hbs:2:1: error: there is no partial 'nowhere'",
                "theme/partials/term-list.hbs:1:1: error: the template does not parse: {{#each}} is never closed",
            ],
            site.Errors.Select(e => $"{e.Path}:{e.Line}:{e.Column}: error: {e.Message}").Order(StringComparer.Ordinal));
        Assert.False(site.Exists("index.html"));
    }

    [Fact]
    public void A_template_that_does_not_parse_is_reported_with_its_line_and_column()
    {
        using var site = MiniSite.Build("""
            -- theme/pages/404.hbs --
            <h1>
              {{#with Page}}{{Title}}
            </h1>
            """);

        var error = Assert.Single(site.Errors);
        Assert.StartsWith("theme/pages/404.hbs:2:3: error: the template does not parse: {{#with}} is never closed", error.ToString());
    }

    [Fact]
    public void Broken_front_matter_is_reported_and_the_rest_still_builds()
    {
        using var site = MiniSite.Build("""
            -- input/articles/broken.md --
            title: no fences
            -- input/articles/fine.md --
            ---
            title: Fine
            ---
            Text.
            """);

        Assert.Contains(site.Errors, e => e.Path == "input/articles/broken.md");
        Assert.True(site.Exists("articles/fine/index.html"));
    }
}
