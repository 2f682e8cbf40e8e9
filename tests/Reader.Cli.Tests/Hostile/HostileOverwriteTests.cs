namespace Reader.Cli.Tests.Hostile;

/// <summary>
/// Files a person may be working on that a command could write over: an article in the folder <c>clean --out</c>
/// writes to, and a merge in progress in <c>&lt;slug&gt;.md.incoming</c>. Neither is ever overwritten, and the message
/// says where the new version went.
/// </summary>
public sealed class HostileOverwriteTests
{
    [Fact]
    public void Clean_out_never_overwrites_an_existing_article_and_says_where_the_page_went()
    {
        using var project = new TempProject();
        project.Write("input/articles/000_554a41081c653126.md", "---\ntitle: A person's article\n---\n\nTheir words.\n");

        var (exit, _, error) = project.Run("clean", "--out", "input/articles", "seeds/000_554a41081c653126.txt");

        Assert.Equal(0, exit);
        Assert.Equal("---\ntitle: A person's article\n---\n\nTheir words.\n", project.Read("input/articles/000_554a41081c653126.md"));
        Assert.Contains("Russian Foreign Policy and COVID-19", project.Read("input/articles/000_554a41081c653126-2.md"));
        Assert.Contains("seeds/000_554a41081c653126.txt: warning: input/articles/000_554a41081c653126.md already exists, so this page was written to input/articles/000_554a41081c653126-2.md (clean --out never overwrites a file it did not write)", error);
    }

    [Fact]
    public void Clean_out_gives_two_pages_of_the_same_name_two_files()
    {
        using var project = new TempProject();
        project.Write("more/000_554a41081c653126.txt", File.ReadAllText(project.PathOf("seeds/001_e2094788bb99359a.txt")));

        var (exit, _, error) = project.Run("clean", "--out", "cleaned", "seeds/000_554a41081c653126.txt", "more/000_554a41081c653126.txt");

        Assert.Equal(0, exit);
        Assert.Contains("Russian Foreign Policy and COVID-19", project.Read("cleaned/000_554a41081c653126.md"));
        Assert.Contains("source: more/000_554a41081c653126.txt", project.Read("cleaned/000_554a41081c653126-2.md"));
        Assert.Contains("this page was written to cleaned/000_554a41081c653126-2.md", error);
    }

    [Fact]
    public void A_merge_in_progress_in_the_incoming_file_is_kept_and_the_new_version_goes_beside_it()
    {
        using var project = new TempProject();
        Assert.Equal(0, project.Run("ingest").Exit);
        var article = Directory.GetFiles(project.PathOf("input/articles"), "*.md").Single(f => File.ReadAllText(f).Contains("seeds/002_", StringComparison.Ordinal));
        var seed = project.PathOf("seeds/002_e081191c5fe33cf7.txt");
        File.AppendAllText(seed, "\nOne more paragraph that the site added later to the article body, long enough to count as prose.\n");
        Assert.Equal(0, project.Run("ingest").Exit);
        var incoming = File.ReadAllText(article + ".incoming");

        // The same version again changes nothing.
        var (same, _, sameLog) = project.Run("ingest");
        Assert.Equal(0, same);
        Assert.Equal(incoming, File.ReadAllText(article + ".incoming"));
        Assert.False(File.Exists(article + ".incoming-2"));
        Assert.Contains("the new version is in input/articles/" + Path.GetFileName(article) + ".incoming", sameLog);

        // A maintainer starts merging in the incoming file; then the seed changes again.
        File.WriteAllText(article + ".incoming", incoming + "\nA half-done merge.\n");
        File.AppendAllText(seed, "\nAnd a further paragraph, added later still, that is long enough to count as prose.\n");
        var (exit, _, error) = project.Run("ingest");

        Assert.Equal(0, exit);
        Assert.Equal(incoming + "\nA half-done merge.\n", File.ReadAllText(article + ".incoming"));
        Assert.Contains("And a further paragraph", File.ReadAllText(article + ".incoming-2"));
        var name = "input/articles/" + Path.GetFileName(article);
        Assert.Contains($"the new version is in {name}.incoming-2 ({name}.incoming was kept: it differs, and may hold a merge in progress)", error);

        // Nor does a build read either of them.
        project.CopyTheme();
        var (build, _, buildLog) = project.Run("build");
        Assert.True(build == 0, buildLog);
    }
}
