using Reader.Site.Outputs;

namespace Reader.Cli.Tests.Hostile;

/// <summary>
/// Output and input folders a person can give by mistake. A build replaces its output folder whole, so every folder
/// that is not a site Reader wrote is refused (exit 2) with a message saying why, and nothing in the project changes;
/// a mistyped input folder is an error, never a new empty project whose site replaces the real one.
/// </summary>
public sealed class HostileFolderTests
{
    public static TheoryData<string[], string> Refused => new()
    {
        // arguments, the message expected (the start of its line)
        { ["build", "--output", "."], "--output .: error: the output folder is the project folder itself; a build replaces its output folder whole and would delete the project" },
        { ["build", "--output", ".."], "--output ..: error: the output folder holds the project folder" },
        { ["build", "--output", "input"], "--output input: error: the output folder is the input folder (input/)" },
        { ["build", "--output", "input/site"], "--output input/site: error: the output folder lies inside the input folder (input/)" },
        { ["build", "--output", "seeds"], "--output seeds: error: the output folder is the seeds folder (seeds/)" },
        { ["build", "--output", "theme"], "--output theme: error: the output folder is the templates folder (theme/)" },
        { ["build", "--output", "theme/assets"], "--output theme/assets: error: the output folder lies inside the templates folder (theme/)" },
        { ["build", "--output", ".git"], "--output .git: error: the output folder is the .git folder (.git/)" },
        { ["build", "--output", ".git/site"], "--output .git/site: error: the output folder lies inside the .git folder (.git/)" },
        { ["build", "--output", "docs"], "--output docs: error: the output folder holds files Reader did not write (it has no .reader-output marker), and a build replaces the folder whole (build into a new or empty folder, or move those files elsewhere first)" },
        { ["build", "--output", "notes.txt"], "--output notes.txt: error: the output folder is a file" },
        { ["build", "--output", ""], "error: --output must name a folder, found an empty value" },
        { ["serve", "--output", "."], "--output .: error: the output folder is the project folder itself" },
        { ["serve", "--output", "docs"], "--output docs: error: the output folder holds files Reader did not write" },
        { ["build", "--input", "nope"], "nope: error: the input folder does not exist (check the path given with --input; it names the folder holding articles/, authors/ and themes/)" },
        { ["ingest", "--input", "nope"], "nope: error: the input folder does not exist" },
        { ["check", "--input", "nope"], "nope: error: the input folder does not exist" },
        { ["serve", "--input", "nope"], "nope: error: the input folder does not exist" },
        { ["clean", "--input", "nope", "seeds/000_554a41081c653126.txt"], "nope: error: the input folder does not exist" },
    };

    [Theory]
    [MemberData(nameof(Refused))]
    public void A_folder_a_build_must_not_replace_is_refused_and_nothing_changes(string[] args, string expected)
    {
        using var project = Project();
        var before = Tree(project);

        var (exit, output, error) = project.Run(args);

        Assert.True(exit == 2, $"exit {exit}\n{output}{error}");
        Assert.True(Lines(error).Any(l => l.StartsWith(expected, StringComparison.Ordinal)), $"expected a line starting with\n{expected}\ngot:\n{error}");
        Assert.Equal(before, Tree(project));
    }

    [Fact]
    public void A_missing_default_input_folder_is_an_error_until_reader_new_creates_it()
    {
        using var project = Project();
        Directory.Delete(project.PathOf("input"), recursive: true);

        var (exit, _, error) = project.Run("build");

        Assert.Equal(2, exit);
        Assert.Contains("input: error: the input folder does not exist (create it, or start the content with 'reader new article \"Title\"', which creates it; or set InputPath in statiq.json)", error);
        Assert.False(Directory.Exists(project.PathOf("input")));
        Assert.False(Directory.Exists(project.PathOf("output")));

        Assert.Equal(0, project.Run("new", "article", "A first article").Exit);
        Assert.True(File.Exists(project.PathOf("input/articles/a-first-article.md")));
    }

    [Fact]
    public void An_output_path_setting_over_a_folder_of_other_files_is_flagged_by_check_and_refused_by_build()
    {
        using var project = Project();
        project.Write("statiq.json", """{ "OutputPath": "docs" }""");
        var before = Tree(project);

        var (checkExit, checkOutput, _) = project.Run("check");
        var (buildExit, _, buildError) = project.Run("build");

        Assert.Equal(1, checkExit);
        Assert.Contains("statiq.json: error: 'OutputPath' \"docs\": the output folder holds files Reader did not write (it has no .reader-output marker)", checkOutput);
        Assert.Equal(2, buildExit);
        Assert.Contains("docs/: error: the output folder holds files Reader did not write", buildError);
        Assert.Equal(before, Tree(project));
    }

    [Fact]
    public void An_empty_output_folder_is_built_into_and_marked()
    {
        using var project = Project();
        Directory.CreateDirectory(project.PathOf("site"));

        var (exit, _, error) = project.Run("build", "--output", "site");

        Assert.True(exit == 0, error);
        Assert.True(File.Exists(project.PathOf("site/index.html")));
        Assert.Equal(OutputMarker.Text, project.Read("site/" + OutputMarker.FileName));
    }

    [Fact]
    public void A_site_built_before_the_marker_existed_is_adopted_once_and_marked()
    {
        using var project = Project();
        Assert.Equal(0, project.Run("build").Exit);
        File.Delete(project.PathOf("output/" + OutputMarker.FileName));

        var (exit, _, error) = project.Run("build");

        Assert.True(exit == 0, error);
        Assert.Contains("output/: no .reader-output marker, but it holds only what a build writes: taken as an earlier build, replaced and marked", error);
        Assert.True(File.Exists(project.PathOf("output/" + OutputMarker.FileName)));
        Assert.DoesNotContain("taken as an earlier build", project.Run("build").Err);
    }

    [Fact]
    public void An_earlier_build_with_a_file_of_someone_elses_is_not_adopted()
    {
        using var project = Project();
        Assert.Equal(0, project.Run("build").Exit);
        File.Delete(project.PathOf("output/" + OutputMarker.FileName));
        project.Write("output/CNAME", "reader.example.org\n");

        var (exit, _, error) = project.Run("build");

        Assert.Equal(2, exit);
        Assert.Contains("output/: error: the output folder holds files Reader did not write", error);
        Assert.Equal("reader.example.org\n", project.Read("output/CNAME"));
    }

    private static TempProject Project()
    {
        var project = new TempProject();
        project.CopyTheme();
        project.Write("docs/guide.md", "# A guide someone wrote\n");
        project.Write("notes.txt", "Notes.\n");
        project.Write(".git/HEAD", "ref: refs/heads/main\n");
        return project;
    }

    private static string[] Lines(string text) => text.ReplaceLineEndings("\n").Split('\n');

    /// <summary>Every entry under the project with the bytes of each file, lock files aside.</summary>
    private static Dictionary<string, string> Tree(TempProject project) =>
        Directory.EnumerateFileSystemEntries(project.Root, "*", SearchOption.AllDirectories)
            .Where(e => !Path.GetFileName(e).StartsWith(ProjectLock.FileName, StringComparison.Ordinal))
            .ToDictionary(e => Path.GetRelativePath(project.Root, e), e => File.Exists(e) ? Convert.ToBase64String(File.ReadAllBytes(e)) : "folder");
}
