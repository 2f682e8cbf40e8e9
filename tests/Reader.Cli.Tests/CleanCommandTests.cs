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
