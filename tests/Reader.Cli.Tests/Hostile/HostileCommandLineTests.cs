namespace Reader.Cli.Tests.Hostile;

/// <summary>
/// Mistyped commands, options and values: each is a usage error (exit 2) that suggests what was probably meant and
/// never shows a .NET type name or a stack trace.
/// </summary>
public sealed class HostileCommandLineTests
{
    public static TheoryData<string[], string> Cases => new()
    {
        { ["buidl"], "error: unknown command 'buidl' for 'reader' (did you mean 'build'?)" },
        { ["ingestt"], "error: unknown command 'ingestt' for 'reader' (did you mean 'ingest'?)" },
        { ["chekc", "--strict"], "error: unknown command 'chekc' for 'reader' (did you mean 'check'?)" },
        { ["new", "artcle", "A title"], "error: unknown command 'artcle' for 'reader new' (did you mean 'article'?)" },
        { ["build", "--outptu", "site"], "error: unknown option '--outptu' for 'reader build' (did you mean '--output'?)" },
        { ["check", "--stirct"], "error: unknown option '--stirct' for 'reader check' (did you mean '--strict'?)" },
        { ["build", "--qiuet"], "error: unknown option '--qiuet' for 'reader build' (did you mean '--quiet'?)" },
        { ["serve", "--port", "abc"], "error: --port must be a whole number from 1 to 65535, found 'abc'" },
        { ["serve", "--port", "70000"], "error: --port must be a whole number from 1 to 65535, found '70000'" },
        { ["check", "--format", "xml"], "error: --format must be text or json, found 'xml'" },
        { ["zzzzzzzz"], "error: unknown command 'zzzzzzzz' for 'reader'" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void A_typo_is_a_usage_error_that_suggests_the_nearest_name(string[] args, string expected)
    {
        using var project = new TempProject(withSeeds: false);

        var (exit, output, error) = project.Run(args);

        Assert.Equal(2, exit);
        var lines = error.ReplaceLineEndings("\n").Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(expected, lines[0]);
        Assert.Equal("Run 'reader --help' to see the commands and their options.", lines[^1]);
        Assert.Equal(2, lines.Length);
        Assert.DoesNotContain("System.", output + error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", output + error, StringComparison.Ordinal);
    }
}
