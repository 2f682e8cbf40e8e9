namespace Reader.Cli.Tests;

public sealed class IngestCommandTests
{
    [Fact]
    public void Creates_an_article_for_every_seed_and_a_page_for_every_author()
    {
        using var project = new TempProject();

        var (exit, output, _) = project.Run("ingest");

        Assert.Equal(0, exit);
        var articles = Directory.GetFiles(project.PathOf("input/articles"), "*.md");
        Assert.Equal(5, articles.Length);
        Assert.True(File.Exists(project.PathOf("input/authors/taisuke-abiru.md")));
        Assert.Contains("created", output);
        Assert.True(File.Exists(project.PathOf("reports/ingest.json")));
    }

    [Fact]
    public void Says_which_themes_every_article_reaches_and_lets_them_take_no_place()
    {
        using var project = new TempProject();

        var (exit, _, error) = project.Run("ingest");

        Assert.Equal(0, exit);
        Assert.Contains("input/themes/peace-treaty-northern-territories.md: warning: every article of the collection (5 of 5) reaches this theme, so it tells a reader nothing", error);

        // It stays on every article, and one with five other themes keeps all five beside it.
        var articles = Directory.GetFiles(project.PathOf("input/articles"), "*.md").Select(File.ReadAllText).ToList();
        Assert.All(articles, a => Assert.Contains("peace-treaty-northern-territories", a));
        var article = articles.Single(a => a.Contains("seeds/001_", StringComparison.Ordinal));
        Assert.Contains("themes: [us-russia-relations, energy-economic-cooperation, ukraine-crisis-sanctions, japan-russia-relations, leaders-personal-diplomacy, peace-treaty-northern-territories]", article);
    }

    [Fact]
    public void Second_run_on_unchanged_seeds_changes_no_byte()
    {
        using var project = new TempProject();
        project.Run("ingest");
        var before = project.Snapshot("input");
        var report = project.Read("reports/ingest.json");

        var (exit, output, _) = project.Run("ingest");

        Assert.Equal(0, exit);
        Assert.Equal(before, project.Snapshot("input"));
        Assert.Contains("unchanged", output);
        Assert.DoesNotContain("\"created\"", project.Read("reports/ingest.json"));
        Assert.NotEqual(report, project.Read("reports/ingest.json"));
    }

    [Fact]
    public void Proposes_people_mentioned_in_several_articles_until_a_person_file_covers_them()
    {
        using var project = new TempProject();

        var (exit, output, _) = project.Run("ingest");

        Assert.Equal(0, exit);
        Assert.Contains("People mentioned in several articles", output);
        Assert.Contains("reader new person \"Vladimir Putin\"", output);
        using (var report = System.Text.Json.JsonDocument.Parse(project.Read("reports/ingest.json")))
        {
            var putin = report.RootElement.GetProperty("people_candidates").EnumerateArray().Single(c => c.GetProperty("name").GetString() == "Vladimir Putin");
            Assert.Equal(4, putin.GetProperty("articles").GetArrayLength());
            Assert.Equal("reader new person \"Vladimir Putin\"", putin.GetProperty("command").GetString());
        }

        Assert.False(Directory.Exists(project.PathOf("input/people")));
        Assert.Equal(0, project.Run("new", "person", "Vladimir Putin").Exit);
        project.Write("input/people/vladimir-putin.md", "---\nname: Vladimir Putin\naliases: [Putin, \"Путин*\"]\ndescription: President of Russia.\n---\n");

        (exit, output, _) = project.Run("ingest");

        Assert.Equal(0, exit);
        Assert.DoesNotContain("\"Vladimir Putin\"", output);
        Assert.DoesNotContain("\"Vladimir Putin\"", project.Read("reports/ingest.json"));
    }

    [Fact]
    public void Never_overwrites_an_edited_article_and_puts_a_changed_seed_beside_it()
    {
        using var project = new TempProject();
        project.Run("ingest");
        var article = Directory.GetFiles(project.PathOf("input/articles"), "*.md").Single(f => File.ReadAllText(f).Contains("seeds/002_", StringComparison.Ordinal));
        File.AppendAllText(article, "\nA contributor's correction.\n");
        var edited = File.ReadAllText(article);
        File.AppendAllText(project.PathOf("seeds/002_e081191c5fe33cf7.txt"), "\nOne more paragraph that the site added later to the article body, long enough to count as prose.\n");

        var (exit, _, error) = project.Run("ingest");

        Assert.Equal(0, exit);
        Assert.Equal(edited, File.ReadAllText(article));
        Assert.True(File.Exists(article + ".incoming"));
        Assert.Contains("has changed since this article was written", error);
        Assert.Contains(".md.incoming", error);
    }

    [Fact]
    public void Force_regenerates_articles_on_purpose()
    {
        using var project = new TempProject();
        project.Run("ingest");
        var article = Directory.GetFiles(project.PathOf("input/articles"), "*.md")[0];
        var original = File.ReadAllText(article);
        File.WriteAllText(article, original + "\nEdited.\n");

        var (exit, _, _) = project.Run("ingest", "--force");

        Assert.Equal(0, exit);
        Assert.Equal(original, File.ReadAllText(article));
    }

    [Fact]
    public void Keeps_one_author_page_for_a_person_seen_on_two_pages_with_both_affiliations()
    {
        using var project = new TempProject();
        project.Run("ingest");

        var abiru = project.Read("input/authors/taisuke-abiru.md");
        Assert.Contains("Sasakawa Peace Foundation", abiru);
        Assert.Contains("Tokyo Foundation", abiru);
        Assert.Single(Directory.GetFiles(project.PathOf("input/authors"), "*abiru*"));
    }

    [Fact]
    public void Reads_folders_from_options_relative_to_the_working_directory()
    {
        using var project = new TempProject();
        Directory.Move(project.PathOf("seeds"), project.PathOf("scraped"));

        // The input folder given must exist (a mistyped one is an error); ingest fills it.
        Directory.CreateDirectory(project.PathOf("content"));

        var (exit, _, _) = project.Run("ingest", "--seeds", "scraped", "--input", "content");

        Assert.Equal(0, exit);
        Assert.Equal(5, Directory.GetFiles(project.PathOf("content/articles"), "*.md").Length);
    }
}
