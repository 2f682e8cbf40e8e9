namespace Reader.Cli.Tests;

public sealed class CommandLineTests
{
    [Fact]
    public void Unknown_command_is_a_usage_error()
    {
        using var project = new TempProject(withSeeds: false);
        var (exit, _, error) = project.Run("ingestt");
        Assert.Equal(2, exit);
        Assert.Contains("reader --help", error);
    }

    [Fact]
    public void Unknown_setting_is_named_with_a_suggestion()
    {
        using var project = new TempProject(withSeeds: false);
        project.Write("statiq.json", "{ \"sitetitle\": \"x\" }");

        var (exit, _, error) = project.Run("ingest");

        Assert.Equal(2, exit);
        Assert.Contains("statiq.json:1:3: error: unknown setting 'sitetitle' (did you mean 'SiteTitle'?)", error);
    }

    [Fact]
    public void Setting_of_the_wrong_type_says_what_was_expected()
    {
        using var project = new TempProject(withSeeds: false);
        project.Write("statiq.json", "{ \"GenerateSitemap\": \"yes\" }");

        var (exit, _, error) = project.Run("ingest");

        Assert.Equal(2, exit);
        Assert.Contains("'GenerateSitemap' must be true or false, found string \"yes\"", error);
    }

    [Fact]
    public void Broken_json_points_at_the_line()
    {
        using var project = new TempProject(withSeeds: false);
        project.Write("statiq.json", "{\n  \"SiteTitle\": \"x\"\n  \"Host\": \"y\"\n}");

        var (exit, _, error) = project.Run("ingest");

        Assert.Equal(2, exit);
        Assert.Contains("statiq.json:3:", error);
        Assert.Contains("not valid JSON", error);
    }
}
