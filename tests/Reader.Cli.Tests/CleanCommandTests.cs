namespace Reader.Cli.Tests;

public sealed class CleanCommandTests
{
    [Fact]
    public void Prints_the_cleaned_markdown_with_front_matter_and_writes_nothing()
    {
        using var project = new TempProject();

        var (exit, output, _) = project.Run("clean", "seeds/000_554a41081c653126.txt");

        Assert.Equal(0, exit);
        Assert.StartsWith("---\ntitle: Russian Foreign Policy and COVID-19\n", output);
        Assert.Contains("source: seeds/000_554a41081c653126.txt", output);
        Assert.Contains("themes: [", output);
        Assert.DoesNotContain("About SPF", output);
        Assert.False(Directory.Exists(project.PathOf("input/articles")));
    }

    [Fact]
    public void Explains_a_missing_file()
    {
        using var project = new TempProject();

        var (exit, _, error) = project.Run("clean", "seeds/nope.txt");

        Assert.Equal(2, exit);
        Assert.Contains("seeds/nope.txt: error: no such file", error);
    }
}

public sealed class CleanManyTests
{
    [Fact]
    public void Cleans_files_and_folders_in_one_run_into_one_markdown_file_each_and_names_non_articles()
    {
        using var project = new TempProject();
        var prose = string.Concat(Enumerable.Repeat("<p>This is a long paragraph about the negotiations that goes on well past a hundred characters, as the body of an article does.</p>", 4));
        project.Write("pages/1234.html", $"<!DOCTYPE html><html lang=\"en\"><head><title>Talks Resume | Ledger</title></head><body><article><h1>Talks Resume</h1>{prose}</article></body></html>");
        project.Write("pages/missing.html", "<!DOCTYPE html><html><head><title>Page not found</title></head><body><h1>Page not found</h1><p>Sorry.</p></body></html>");

        var (exit, output, error) = project.Run("clean", "--out", "out", "pages", "seeds/000_554a41081c653126.txt");

        Assert.Equal(0, exit);
        Assert.StartsWith("---\ntitle: Talks Resume\n", project.Read("out/1234.md"));
        Assert.Contains("negotiations", project.Read("out/1234.md"));
        Assert.True(File.Exists(project.PathOf("out/000_554a41081c653126.md")));
        Assert.Contains("cleaned 3 pages", output + error);
        Assert.Contains("pages/s", output + error);
        Assert.Contains("missing.html: warning: not an article", error);
    }

    [Fact]
    public void Printing_accepts_an_html_page()
    {
        using var project = new TempProject();
        project.Write("page.html", "<!DOCTYPE html><html><head><title>One Page</title></head><body><article>" + string.Concat(Enumerable.Repeat("<p>A long paragraph of the article body that goes on past a hundred characters as article prose does, really.</p>", 3)) + "</article></body></html>");

        var (exit, output, _) = project.Run("clean", "page.html");

        Assert.Equal(0, exit);
        Assert.StartsWith("---\ntitle: One Page\n", output);
    }
}
