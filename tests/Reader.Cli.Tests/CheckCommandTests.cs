using System.Text.Json;

namespace Reader.Cli.Tests;

public sealed class CheckCommandTests
{
    private const string Valid = "---\ntitle: A valid article\nauthors: [Taisuke Abiru]\nthemes: [china-factor]\n---\n\nText.\n";

    public static TheoryData<string, string, string> BrokenFiles => new()
    {
        { "input/articles/a.md", "title: no front matter\n", "input/articles/a.md:1:1: error: the file has no front matter" },
        { "input/articles/a.md", "---\ntitle: T\n", "input/articles/a.md:1:1: error: the front matter is not closed" },
        { "input/articles/a.md", "---\nsubtitle: S\n---\n", "input/articles/a.md:2:1: error: 'title' is required" },
        { "input/articles/a.md", "---\ntitle: T\nauthors: Jane Doe\n---\n", "input/articles/a.md:3:10: error: 'authors' must be a list, found the text \"Jane Doe\" (write authors: [Jane Doe])" },
        { "input/articles/a.md", "---\ntitle: T\ndate: 12 May 2020\n---\n", "input/articles/a.md:3:7: error: 'date' must be a date written as YYYY-MM-DD" },
        { "input/articles/a.md", "---\ntitle: T\nthemes: [arctic]\n---\n", "input/articles/a.md:3:1: error: unknown theme 'arctic'" },
        { "input/articles/a.md", "---\ntitle: T\nauthors: [Nobody Known]\n---\n", "input/articles/a.md:3:1: error: 'Nobody Known' has no author file (add input/authors/nobody-known.md (reader new author \"Nobody Known\")" },
        { "input/articles/a.md", "---\ntitle: T\ntheme: [china-factor]\n---\n", "input/articles/a.md:3:1: warning: unknown key 'theme' is ignored (did you mean 'themes'?)" },
        { "input/articles/a.md", "---\ntitle: T\n---\n\n## \n\nText.\n", "input/articles/a.md:5:1: warning: empty heading (write the heading's text after the #, or remove the line)" },
        { "input/articles/a.md", "---\ntitle: T\n---\n\nSee https://example.org/x for more.\n", "input/articles/a.md:5:5: warning: bare URL https://example.org/x (write it as a link: [what it is](https://example.org/x) or <https://example.org/x>)" },
        { "input/articles/a.md", "---\ntitle: T\n---\n\nSee [the other piece](/articles/missing/).\n", "input/articles/a.md:5:5: error: broken link '/articles/missing/': the site has no articles/missing/index.html (link to a page that exists, e.g. /articles/<slug>/ or /authors/<slug>/)" },
        { "input/articles/Bad Name.md", Valid, "input/articles/Bad Name.md: error: the file name 'Bad Name.md' is not a valid slug (rename it to 'bad-name.md'" },
        { "input/authors/abiru-taisuke.md", "---\nname: Abiru, Taisuke\n---\n", "input/authors/taisuke-abiru.md:2:1: error: 'Taisuke Abiru' is the same person as in input/authors/abiru-taisuke.md" },
        { "input/themes/t.md", "---\ndescription: no title\n---\n", "input/themes/t.md:2:1: error: 'title' is required" },
    };

    [Theory]
    [MemberData(nameof(BrokenFiles))]
    public void Reports_each_problem_with_file_line_and_hint(string path, string content, string expected)
    {
        using var project = Ingested();
        project.Write(path, content);

        var (exit, output, _) = project.Run("check");

        Assert.Contains(expected, output);
        Assert.Equal(expected.Contains(": error:", StringComparison.Ordinal) ? 1 : 0, exit);
        Assert.Matches(@"check: \d+ errors?, \d+ warnings? in \d+ files?", output);
    }

    [Fact]
    public void Clean_collection_passes()
    {
        using var project = Ingested();
        var (exit, output, _) = project.Run("check");
        Assert.Equal(0, exit);
        Assert.Contains("check: no problems found", output);
    }

    [Fact]
    public void Strict_fails_on_warnings()
    {
        using var project = Ingested();
        project.Write("input/articles/a.md", "---\ntitle: T\n---\n\nSee https://example.org for more.\n");

        Assert.Equal(0, project.Run("check").Exit);
        Assert.Equal(1, project.Run("check", "--strict").Exit);
    }

    [Fact]
    public void Quiet_prints_only_errors_and_the_count()
    {
        using var project = Ingested();
        project.Write("input/articles/a.md", "---\ntitle: T\nthemes: [arctic]\n---\n\nSee https://example.org for more.\n");

        var (_, output, _) = project.Run("check", "--quiet");

        Assert.Contains("error: unknown theme 'arctic'", output);
        Assert.DoesNotContain("warning:", output);
        Assert.Contains("check: 1 error, 1 warning in 1 file", output);
    }

    [Fact]
    public void Json_format_lists_every_diagnostic_for_tools()
    {
        using var project = Ingested();
        project.Write("input/articles/a.md", "---\ntitle: T\nthemes: [arctic]\n---\n");

        var (exit, output, _) = project.Run("check", "--format", "json");

        Assert.Equal(1, exit);
        var json = JsonDocument.Parse(output).RootElement;
        Assert.Equal(1, json.GetProperty("errors").GetInt32());
        var first = json.GetProperty("diagnostics")[0];
        Assert.Equal("input/articles/a.md", first.GetProperty("path").GetString());
        Assert.Equal(3, first.GetProperty("line").GetInt32());
        Assert.Equal("error", first.GetProperty("severity").GetString());
    }

    [Fact]
    public void Check_leaves_the_output_folder_alone()
    {
        using var project = Ingested();
        var (exit, _, _) = project.Run("check");
        Assert.Equal(0, exit);
        Assert.False(Directory.Exists(project.PathOf("output")));
    }

    [Fact]
    public void Writes_github_annotations_as_workflow_commands()
    {
        var annotation = Output.DiagnosticReport.ToGitHubAnnotation(Content.Diagnostic.Error("input/articles/a.md", 3, "unknown theme 'x'", "use one of: a, b", 1));
        Assert.Equal("::error file=input/articles/a.md,line=3,col=1,title=reader check::unknown theme 'x' (use one of: a, b)", annotation);
    }

    /// <summary>The collection ingested, its one derived title acknowledged as a maintainer would (see HostileReviewTests).</summary>
    private static TempProject Ingested()
    {
        var project = new TempProject();
        project.CopyTheme();
        var (exit, _, error) = project.Run("ingest");
        Assert.True(exit == 0, error);
        var derived = project.PathOf("input/articles/long-term-external-and-internal-factors-determining-the-course-of-development-of.md");
        File.WriteAllText(derived, File.ReadAllText(derived).Replace("title_derived: true", "title_derived: reviewed", StringComparison.Ordinal));
        return project;
    }
}
