namespace Reader.Cli.Tests.Hostile;

/// <summary>
/// Hostile and mistaken values in <c>statiq.json</c>: every key is checked before any work starts, so each is a
/// usage error (exit 2) naming the key and its line, for <c>check</c> (what a pull request runs) and for <c>build</c>,
/// and nothing is written anywhere.
/// </summary>
public sealed class HostileSettingsTests
{
    public static TheoryData<string, string> Cases => new()
    {
        // the value of one key (JSON), and the line expected (its start)
        { "\"RelatedArticleCount\": 2147483647", "statiq.json:2:3: error: 'RelatedArticleCount' must be from 0 to 50, found 2147483647" },
        { "\"RelatedArticleCount\": -1", "statiq.json:2:3: error: 'RelatedArticleCount' must be from 0 to 50, found -1" },
        { "\"FeedSize\": 0", "statiq.json:2:3: error: 'FeedSize' must be from 1 to 1000, found 0" },
        { "\"EbookSize\": 10001", "statiq.json:2:3: error: 'EbookSize' must be from 1 to 10000, found 10001" },
        { "\"HomeArticleCount\": 0", "statiq.json:2:3: error: 'HomeArticleCount' must be from 1 to 1000, found 0" },
        { "\"HomeArticleCount\": 2147483647", "statiq.json:2:3: error: 'HomeArticleCount' must be from 1 to 1000" },
        { "\"LinkRoot\": \"/\\\\evil.example\"", "statiq.json:2:3: error: 'LinkRoot' must be \"\" or a path of plain segments" },
        { "\"LinkRoot\": \"//evil.example\"", "statiq.json:2:3: error: 'LinkRoot' must be \"\" or a path of plain segments" },
        { "\"LinkRoot\": \"https://evil.example\"", "statiq.json:2:3: error: 'LinkRoot' must be \"\" or a path of plain segments" },
        { "\"LinkRoot\": \"/reader/\"", "statiq.json:2:3: error: 'LinkRoot' must be \"\" or a path of plain segments" },
        { "\"LinkRoot\": \"/a/../b\"", "statiq.json:2:3: error: 'LinkRoot' must be \"\" or a path of plain segments" },
        { "\"LinkRoot\": \"/a b\"", "statiq.json:2:3: error: 'LinkRoot' must be \"\" or a path of plain segments" },
        { "\"Host\": \"evil.example/x\"", "statiq.json:2:3: error: 'Host' must be a host name, optionally with a port, found \"evil.example/x\"" },
        { "\"Host\": \"https://example.org\"", "statiq.json:2:3: error: 'Host' must be a host name" },
        { "\"Host\": \"user@example.org\"", "statiq.json:2:3: error: 'Host' must be a host name" },
        { "\"Host\": \"example.org:99999\"", "statiq.json:2:3: error: 'Host' must be a host name" },
        { "\"Host\": \"\"", "statiq.json:2:3: error: 'Host' must be a host name" },
        { "\"ReportPath\": \"../outside.json\"", "statiq.json:2:3: error: 'ReportPath' \"../outside.json\" leads outside the project" },
        { "\"ReportPath\": \"/tmp/reader-report.json\"", "statiq.json:2:3: error: 'ReportPath' must be a relative path" },
        { "\"ReportPath\": \"input/articles/report.md\"", "statiq.json:2:3: error: 'ReportPath' \"input/articles/report.md\" lies inside 'InputPath'" },
        { "\"ReportPath\": \".git/report.json\"", "statiq.json:2:3: error: 'ReportPath' \".git/report.json\" lies inside the .git folder" },
        { "\"SeedsPath\": \"..\"", "statiq.json:2:3: error: 'SeedsPath' \"..\" leads outside the project" },
        { "\"InputPath\": \"/etc\"", "statiq.json:2:3: error: 'InputPath' must be a relative path" },
        { "\"InputPath\": \"input\\\\articles\"", "statiq.json:2:3: error: 'InputPath' must be a relative path with '/' between folders" },
        { "\"OutputPath\": \".\"", "statiq.json:2:3: error: 'OutputPath' \".\" leads to the project folder itself" },
        { "\"OutputPath\": \"\"", "statiq.json:2:3: error: 'OutputPath' must name a path inside the project, found \"\"" },
        { "\"OutputPath\": \"..\"", "statiq.json:2:3: error: 'OutputPath' \"..\" leads outside the project" },
        { "\"OutputPath\": \"input\"", "statiq.json:2:3: error: 'OutputPath' \"input\" overlaps 'InputPath'" },
        { "\"OutputPath\": \"input/site\"", "statiq.json:2:3: error: 'OutputPath' \"input/site\" overlaps 'InputPath'" },
        { "\"OutputPath\": \"seeds\"", "statiq.json:2:3: error: 'OutputPath' \"seeds\" overlaps 'SeedsPath'" },
        { "\"OutputPath\": \"theme/site\"", "statiq.json:2:3: error: 'OutputPath' \"theme/site\" overlaps 'ThemePaths'" },
        { "\"OutputPath\": \".git\"", "statiq.json:2:3: error: 'OutputPath' \".git\" overlaps the .git folder" },
        { "\"ThemePaths\": []", "statiq.json:2:3: error: 'ThemePaths' must name at least one folder" },
        { "\"ThemePaths\": [\"../theme\"]", "statiq.json:2:3: error: 'ThemePaths' \"../theme\" leads outside the project" },
        { "\"SiteTitle\": \"\"", "statiq.json:2:3: error: 'SiteTitle' must not be empty" },
        { "\"SiteTitle\": \"A\\u0001B\"", "statiq.json:2:3: error: 'SiteTitle' contains control characters" },
        { "\"SiteDescription\": \"\\uFFFE\"", "statiq.json:2:3: error: 'SiteDescription' contains control characters" },
        { "\"SiteTitle\": \"\\uD800\"", "statiq.json:2:3: error: 'SiteTitle' holds an escape that is not text" },
        { "\"SiteLanguage\": \"english!\"", "statiq.json:2:3: error: 'SiteLanguage' must be a language tag" },
        { "\"Hots\": \"example.org\"", "statiq.json:2:3: error: unknown setting 'Hots' (did you mean 'Host'?)" },
        { "\"GenerateSitemap\": \"yes\"", "statiq.json:2:3: error: 'GenerateSitemap' must be true or false, found string \"yes\"" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void A_bad_setting_stops_every_command_before_it_writes(string setting, string expected)
    {
        using var project = new TempProject();
        project.CopyTheme();
        project.Write("statiq.json", "{\n  " + setting + "\n}\n");
        var before = Entries(project);

        foreach (var command in new[] { "check", "build" })
        {
            var (exit, output, error) = project.Run(command);

            Assert.True(exit == 2, $"{command}: exit {exit}\n{output}{error}");
            Assert.True(error.ReplaceLineEndings("\n").Split('\n').Any(l => l.StartsWith(expected, StringComparison.Ordinal)), $"{command}: expected a line starting with\n{expected}\ngot:\n{error}");
        }

        Assert.Equal(before, Entries(project));
        Assert.False(File.Exists("/tmp/reader-report.json"));
    }

    [Fact]
    public void Valid_settings_with_a_sub_path_and_a_port_are_accepted()
    {
        using var project = new TempProject();
        project.CopyTheme();
        project.Write("statiq.json", """{ "Host": "localhost:8080", "LinkRoot": "/reader/v1.0", "SiteLanguage": "pt-BR", "OutputPath": "site/public", "ReportPath": "reports/ingest.json" }""");

        var (exit, _, error) = project.Run("build");

        Assert.True(exit == 0, error);
        Assert.True(File.Exists(project.PathOf("site/public/index.html")));
    }

    private static List<string> Entries(TempProject project) =>
        [.. Directory.EnumerateFileSystemEntries(project.Root, "*", SearchOption.AllDirectories).Select(e => Path.GetRelativePath(project.Root, e)).Order(StringComparer.Ordinal)];
}
