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
        Assert.StartsWith("theme/pages/404.hbs: error: rendering /404.html failed", error.ToString());
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
