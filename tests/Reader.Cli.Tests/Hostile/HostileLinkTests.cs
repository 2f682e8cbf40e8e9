namespace Reader.Cli.Tests.Hostile;

/// <summary>
/// Symbolic links out of the folders Reader reads: <c>seeds/</c> and <c>theme/</c> refuse them as <c>input/</c>
/// does, with a warning naming the link, and the target is never read, so it cannot reach a page, a feed or
/// <c>output/assets/</c>. Links that stay inside their folder are followed.
/// </summary>
public sealed class HostileLinkTests
{
    private const string Secret = "SECRET-WORDS-FROM-OUTSIDE";

    [Fact]
    public void A_seed_that_links_outside_the_seeds_folder_is_refused_and_never_read()
    {
        using var project = Project();
        var secret = WriteSecret(project);
        File.CreateSymbolicLink(project.PathOf("seeds/leak.txt"), secret);

        var (exit, _, error) = project.Run("build");

        Assert.True(exit == 0, error);
        Assert.Contains($"seeds/leak.txt: warning: the file is a symbolic link to {secret}, outside the seeds folder; it was not read (copy the page into the seeds folder instead of linking to it)", error);
        AssertNowhere(project, "input", "output", "reports");
    }

    [Fact]
    public void A_seed_that_links_inside_the_seeds_folder_is_read()
    {
        using var project = Project();
        project.Write("seeds/archive/page.txt", HostileSeeds.Article);
        File.CreateSymbolicLink(project.PathOf("seeds/page.txt"), project.PathOf("seeds/archive/page.txt"));

        var (exit, _, error) = project.Run("ingest");

        Assert.True(exit == 0, error);
        Assert.True(File.Exists(project.PathOf("input/articles/talks-on-the-islands-resume.md")));
    }

    [Fact]
    public void An_asset_that_links_outside_the_theme_folder_is_refused_and_never_copied()
    {
        using var project = Project();
        var secret = WriteSecret(project);
        File.CreateSymbolicLink(project.PathOf("theme/assets/secret.txt"), secret);
        Directory.CreateDirectory(project.PathOf("elsewhere"));
        File.WriteAllText(project.PathOf("elsewhere/key.txt"), Secret);
        File.CreateSymbolicLink(project.PathOf("theme/assets/folder"), project.PathOf("elsewhere"));

        var (exit, _, error) = project.Run("build");

        Assert.True(exit == 0, error);
        Assert.Contains($"theme/assets/secret.txt: warning: the asset is a symbolic link to {secret}, outside the theme folder; it was not copied (copy the file into the theme folder instead of linking to it)", error);
        Assert.Contains("theme/assets/folder: warning: the asset is a symbolic link to", error);
        Assert.False(File.Exists(project.PathOf("output/assets/secret.txt")));
        Assert.False(Directory.Exists(project.PathOf("output/assets/folder")));
        AssertNowhere(project, "output");
    }

    [Fact]
    public void A_template_that_links_outside_the_theme_folder_is_an_error_and_never_read()
    {
        using var project = Project();
        var secret = WriteSecret(project);
        File.Delete(project.PathOf("theme/partials/breadcrumbs.hbs"));
        File.CreateSymbolicLink(project.PathOf("theme/partials/breadcrumbs.hbs"), secret);

        var (exit, _, error) = project.Run("build");

        Assert.Equal(1, exit);
        Assert.Contains($"theme/partials/breadcrumbs.hbs: error: the template is a symbolic link to {secret}, outside the theme folder; it was not read", error);
        AssertNowhere(project, "output");
    }

    private static TempProject Project()
    {
        var project = new TempProject();
        project.CopyTheme();
        return project;
    }

    /// <summary>A page outside the project that would clean into an article, if it were ever read.</summary>
    private static string WriteSecret(TempProject project)
    {
        var path = Path.Combine(Path.GetDirectoryName(project.Root)!, Path.GetFileName(project.Root) + "-secret.txt");
        File.WriteAllText(path, $"{Secret} Title\n\n{HostileSeeds.Prose} {Secret}\n\n{HostileSeeds.Prose}\n");
        return path;
    }

    private static void AssertNowhere(TempProject project, params string[] folders)
    {
        foreach (var folder in folders.Where(f => Directory.Exists(project.PathOf(f))))
        {
            foreach (var file in Directory.EnumerateFiles(project.PathOf(folder), "*", SearchOption.AllDirectories).Where(f => !f.EndsWith(".png", StringComparison.Ordinal)))
            {
                Assert.DoesNotContain(Secret, File.ReadAllText(file), StringComparison.Ordinal);
            }
        }

        File.Delete(Path.Combine(Path.GetDirectoryName(project.Root)!, Path.GetFileName(project.Root) + "-secret.txt"));
    }
}
