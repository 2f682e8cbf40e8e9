namespace Reader.Cli.Tests;

public sealed class HelpAndVersionTests
{
    [Fact]
    public void Version_prints_the_version()
    {
        using var project = new TempProject(withSeeds: false);
        var (exit, output, _) = project.Run("--version");
        Assert.Equal(0, exit);
        Assert.Matches(@"^\d+\.\d+\.\d+", output.Trim());
    }

    [Theory]
    [InlineData("ingest", "--force")]
    [InlineData("clean", "--out")]
    [InlineData("build", "--output")]
    [InlineData("check", "--strict")]
    [InlineData("new", "article")]
    [InlineData("serve", "--port")]
    public void Every_command_explains_itself(string command, string mentions)
    {
        using var project = new TempProject(withSeeds: false);
        var (exit, output, _) = project.Run(command, "--help");
        Assert.Equal(0, exit);
        Assert.Contains(mentions, output);
        Assert.Contains("--quiet", output);
    }

    [Fact]
    public void Root_help_lists_the_commands()
    {
        using var project = new TempProject(withSeeds: false);
        var (_, output, _) = project.Run("--help");
        foreach (var command in new[] { "ingest", "clean", "build", "check", "new", "serve" })
        {
            Assert.Contains(command, output);
        }
    }
}
