using System.Text.Json;
using System.Xml.Linq;
using Reader.Site.Checks;

namespace Reader.Cli.Tests;

public sealed class BuildCommandTests
{
    [Fact]
    public void Builds_the_collection_from_a_fresh_project_with_every_page_linked()
    {
        using var project = new TempProject();
        project.CopyTheme();

        var (exit, _, error) = project.Run("build");

        Assert.True(exit == 0, error);
        Assert.Matches(@"build: \d+ pages \(\d+ files\) in output/, \d+ warnings?, 0 errors, [\d.]+ s", error);
        var output = new OutputFolder(project.PathOf("output"));
        Assert.Empty(LinkChecker.Check(output));
        Assert.Empty(HtmlChecker.Check(output));
    }

    [Fact]
    public void Author_page_lists_each_piece_with_the_role_in_it()
    {
        using var project = BuiltProject();

        var abiru = project.Read("output/authors/taisuke-abiru/index.html");

        Assert.Contains("Russian Foreign Policy and COVID-19", abiru);
        Assert.Contains("Russia-U.S. relations since Cold War may affect Japan-Russia negotiations", abiru);
        Assert.Contains("Interviewed", abiru);
        Assert.Contains("Author", abiru);
    }

    [Fact]
    public void Every_theme_page_lists_the_articles_filed_under_it()
    {
        using var project = BuiltProject();

        foreach (var article in Directory.GetFiles(project.PathOf("input/articles"), "*.md"))
        {
            var text = File.ReadAllText(article);
            var slug = Path.GetFileNameWithoutExtension(article);
            var themes = text.Split('\n').Single(l => l.StartsWith("themes: ", StringComparison.Ordinal))["themes: ".Length..].Trim('[', ']').Split(", ");
            foreach (var theme in themes)
            {
                Assert.Contains($"/articles/{slug}/", project.Read($"output/themes/{theme}/index.html"));
            }
        }
    }

    [Fact]
    public void Search_index_holds_the_words_of_the_bodies_and_feeds_and_sitemap_are_xml()
    {
        using var project = BuiltProject();

        // A word's shard is named by its key's UTF-16 code units: "n" is 006e, "э" is 044d.
        Assert.True(JsonDocument.Parse(project.Read("output/search-index/terms/006e.json")).RootElement.TryGetProperty("northern", out _));
        Assert.True(JsonDocument.Parse(project.Read("output/search-index/terms/044d.json")).RootElement.TryGetProperty("экономические", out _));
        Assert.Contains("Russian Foreign Policy and COVID-19", JsonDocument.Parse(project.Read("output/search-index/articles/0.json")).RootElement.GetRawText());
        foreach (var xml in Directory.GetFiles(project.PathOf("output"), "*.xml", SearchOption.AllDirectories))
        {
            XDocument.Load(xml);
        }

        Assert.Equal(5, XDocument.Load(project.PathOf("output/feed.xml")).Root!.Elements(XName.Get("entry", "http://www.w3.org/2005/Atom")).Count());
    }

    [Fact]
    public void Same_input_gives_byte_identical_output()
    {
        using var project = BuiltProject();
        var first = project.Snapshot("output");

        project.Run("build", "--output", "output-2");

        var second = project.Snapshot("output-2").ToDictionary(kv => kv.Key.Replace("output-2", "output", StringComparison.Ordinal), kv => kv.Value);
        Assert.Equal(first, second);
    }

    [Fact]
    public void Content_errors_fail_the_build_with_the_file_and_line()
    {
        using var project = BuiltProject();
        var article = Directory.GetFiles(project.PathOf("input/articles"), "*.md")[0];
        File.WriteAllText(article, File.ReadAllText(article).Replace("\nthemes: [", "\nx_themes: [", StringComparison.Ordinal).Replace("kind: ", "themes: [no-such-theme]\nkind: ", StringComparison.Ordinal));

        var line = Array.IndexOf(File.ReadAllLines(article), "themes: [no-such-theme]") + 1;

        var (exit, _, error) = project.Run("build");

        Assert.Equal(1, exit);
        Assert.Contains($"input/articles/{Path.GetFileName(article)}:{line}:1: error: unknown theme 'no-such-theme'", error);
        Assert.Single(error.Split('\n'), line => line.Contains("unknown key 'x_themes'", StringComparison.Ordinal));
    }

    private static TempProject BuiltProject()
    {
        var project = new TempProject();
        project.CopyTheme();
        var (exit, _, error) = project.Run("build");
        Assert.True(exit == 0, error);
        return project;
    }
}
