using Reader.Cli.Output;
using Reader.Content;

namespace Reader.Cli.Tests;

public sealed class ProgressLinesTests
{
    [Fact]
    public void Writes_about_one_line_per_tenth_when_output_is_redirected()
    {
        var writer = new StringWriter();
        var progress = new ProgressLines(writer, verbose: false);

        for (var i = 1; i <= 100; i++)
        {
            progress.Report(new StepProgress("clean", i, 100, $"seeds/{i}.txt"));
        }

        var lines = writer.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(11, lines.Length);
        Assert.Equal("clean: 100/100", lines[^1]);
    }

    [Fact]
    public void Names_every_item_when_verbose()
    {
        var writer = new StringWriter();
        new ProgressLines(writer, verbose: true).Report(new StepProgress("clean", 1, 2, "seeds/a.txt"));
        Assert.Equal("clean: 1/2 seeds/a.txt\n", writer.ToString().ReplaceLineEndings("\n"));
    }
}
