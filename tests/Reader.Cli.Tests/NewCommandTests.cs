namespace Reader.Cli.Tests;

public sealed class NewCommandTests
{
    [Fact]
    public void New_article_is_valid_as_written_and_passes_check()
    {
        using var project = new TempProject(withSeeds: false);
        project.CopyTheme();

        var (exit, output, _) = project.Run("new", "article", "Japan and Russia after 2022: a reckoning");

        Assert.Equal(0, exit);
        Assert.Contains("created input/articles/japan-and-russia-after-2022-a-reckoning.md", output);
        Assert.StartsWith("---\ntitle: \"Japan and Russia after 2022: a reckoning\"\n", project.Read("input/articles/japan-and-russia-after-2022-a-reckoning.md"));
        Assert.Equal(0, project.Run("check").Exit);
    }

    [Fact]
    public void Refuses_to_overwrite_an_existing_file()
    {
        using var project = new TempProject(withSeeds: false);
        project.Write("input/themes/arctic.md", "---\ntitle: Arctic\n---\n\nCurated text.\n");

        var (exit, _, error) = project.Run("new", "theme", "Arctic");

        Assert.Equal(1, exit);
        Assert.Contains("input/themes/arctic.md: error: the file already exists; nothing was written", error);
        Assert.Equal("---\ntitle: Arctic\n---\n\nCurated text.\n", project.Read("input/themes/arctic.md"));
    }

    [Fact]
    public void Refuses_a_second_file_for_the_same_person_under_another_spelling()
    {
        using var project = new TempProject(withSeeds: false);
        project.Write("input/authors/shinzo-abe.md", "---\nname: Shinzo Abe\n---\n");

        var (exit, _, error) = project.Run("new", "author", "Abe Shinzō");

        Assert.Equal(1, exit);
        Assert.Contains("input/authors/shinzo-abe.md: error: 'Abe Shinzō' already has an author file", error);
        Assert.Single(Directory.GetFiles(project.PathOf("input/authors")));
    }

    [Fact]
    public void New_author_and_theme_get_stable_slugs()
    {
        using var project = new TempProject(withSeeds: false);

        Assert.Equal(0, project.Run("new", "author", "Streltsov, Dmitry").Exit);
        Assert.Equal(0, project.Run("new", "theme", "Arctic shipping & the Northern Sea Route").Exit);

        Assert.StartsWith("---\nname: Dmitry Streltsov\n", project.Read("input/authors/dmitry-streltsov.md"));
        Assert.StartsWith("---\ntitle: Arctic shipping & the Northern Sea Route\n", project.Read("input/themes/arctic-shipping-and-the-northern-sea-route.md"));
    }

    [Fact]
    public void New_person_writes_a_person_file_that_builds_a_page()
    {
        using var project = new TempProject(withSeeds: false);
        project.CopyTheme();

        var (exit, output, _) = project.Run("new", "person", "Abe Shinzō");

        Assert.Equal(0, exit);
        Assert.Contains("created input/people/abe-shinzo.md", output);
        var text = project.Read("input/people/abe-shinzo.md");
        Assert.StartsWith("---\nname: Abe Shinzō\naliases: []", text);
        Assert.Contains("description:", text);

        // As written it is a stub: check warns, strict fails, until a maintainer fills it in.
        Assert.Equal(1, project.Run("check", "--strict").Exit);
        project.Write("input/people/abe-shinzo.md", "---\nname: Abe Shinzō\naliases: [Shinzo Abe]\ndescription: Prime Minister of Japan.\n---\n");
        Assert.Equal(0, project.Run("build").Exit);
        Assert.True(File.Exists(project.PathOf("output/people/abe-shinzo/index.html")));
    }

    [Fact]
    public void New_person_refuses_a_second_file_for_someone_a_person_file_names_and_notes_a_shared_author()
    {
        using var project = new TempProject(withSeeds: false);
        project.Write("input/people/vladimir-putin.md", "---\nname: Vladimir Putin\naliases: [Putin, \"Путин*\"]\ndescription: President of Russia.\n---\n");
        project.Write("input/authors/kazuhiko-togo.md", "---\nname: Kazuhiko Togo\n---\n");

        var (exit, _, error) = project.Run("new", "person", "Putin");

        Assert.Equal(1, exit);
        Assert.Contains("input/people/vladimir-putin.md: error: 'Putin' already has a person file", error);

        var (shared, output, _) = project.Run("new", "person", "Kazuhiko Togo");
        Assert.Equal(0, shared);
        Assert.Contains("input/authors/kazuhiko-togo.md names the same person: the two share the author's page", output);
    }
}
