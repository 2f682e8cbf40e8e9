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

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Counts_never_go_backwards_when_parallel_reports_arrive_out_of_order(bool verbose)
    {
        var writer = new StringWriter();
        var progress = new ProgressLines(writer, verbose);

        // Threads count an item done, then report: 8 can be reported before 7, and a late 3 after 9.
        foreach (var done in new[] { 1, 2, 4, 3, 5, 6, 8, 7, 9, 3, 10 })
        {
            progress.Report(new StepProgress("clean", done, 10, $"seeds/{done}.txt"));
        }

        var counts = writer.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(line => int.Parse(line.Split(' ')[1].Split('/')[0], System.Globalization.CultureInfo.InvariantCulture))
            .ToList();
        Assert.Equal(counts.Order(), counts);
        Assert.Equal(10, counts[^1]);
    }

    [Fact]
    public void A_new_step_starts_its_count_again()
    {
        var writer = new StringWriter();
        var progress = new ProgressLines(writer, verbose: false);

        progress.Report(new StepProgress("clean", 10, 10));
        progress.Report(new StepProgress("render", 1, 10));

        Assert.Equal("clean: 10/10\nrender: 1/10\n", writer.ToString().ReplaceLineEndings("\n"));
    }
}
