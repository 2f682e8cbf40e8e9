using Reader.Content;

namespace Reader.Cli.Output;

/// <summary>
/// Progress as plain log lines, for redirected output and CI: about one line per tenth of a step
/// (every item with <c>--verbose</c>), written synchronously from whatever thread reports.
/// </summary>
public sealed class ProgressLines(TextWriter writer, bool verbose) : IProgress<StepProgress>
{
    private readonly Lock _lock = new();
    private int _lastTenth = -1;
    private string? _stage;

    public void Report(StepProgress value)
    {
        lock (_lock)
        {
            if (value.Stage != _stage)
            {
                (_stage, _lastTenth) = (value.Stage, -1);
            }

            var tenth = value.Total == 0 ? 10 : value.Done * 10 / value.Total;
            if (verbose && value.Item is { } item)
            {
                writer.WriteLine($"{value.Stage}: {value.Done}/{value.Total} {item}");
            }
            else if (tenth != _lastTenth)
            {
                writer.WriteLine($"{value.Stage}: {value.Done}/{value.Total}");
            }

            _lastTenth = tenth;
        }
    }
}
