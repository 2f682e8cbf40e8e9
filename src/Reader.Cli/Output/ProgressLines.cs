using Reader.Content;

namespace Reader.Cli.Output;

/// <summary>
/// Progress as plain log lines, for redirected output and CI: about one line per tenth of a step
/// (every item with <c>--verbose</c>), written synchronously from whatever thread reports.
/// </summary>
/// <remarks>
/// Parallel work counts an item done before it reports, so reports arrive out of order ("7/10" after "8/10"). A line
/// only ever shows the highest count seen in its step, so the numbers a reader sees never go backwards.
/// </remarks>
public sealed class ProgressLines(TextWriter writer, bool verbose) : IProgress<StepProgress>
{
    private readonly Lock _lock = new();
    private int _lastTenth = -1;
    private int _done;
    private string? _stage;

    public void Report(StepProgress value)
    {
        lock (_lock)
        {
            if (value.Stage != _stage)
            {
                (_stage, _lastTenth, _done) = (value.Stage, -1, 0);
            }

            _done = Math.Max(_done, value.Done);
            var tenth = value.Total == 0 ? 10 : _done * 10 / value.Total;
            if (verbose && value.Item is { } item)
            {
                writer.WriteLine($"{value.Stage}: {_done}/{value.Total} {item}");
            }
            else if (tenth > _lastTenth)
            {
                writer.WriteLine($"{value.Stage}: {_done}/{value.Total}");
            }

            _lastTenth = Math.Max(_lastTenth, tenth);
        }
    }
}
