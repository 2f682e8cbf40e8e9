using Reader.Content;
using Spectre.Console;

namespace Reader.Cli.Output;

/// <summary>
/// Where commands print: results to standard output, diagnostics and progress to standard error, so
/// <c>reader clean FILE &gt; out.md</c> captures only the Markdown.
/// </summary>
public sealed class Terminal
{
    public Terminal(TextWriter output, TextWriter error, bool quiet = false, bool verbose = false)
    {
        Output = output;
        Error = error;
        Quiet = quiet;
        Verbose = verbose;
        Out = Create(output);
        Err = Create(error);
    }

    public TextWriter Output { get; }

    public TextWriter Error { get; }

    public bool Quiet { get; }

    public bool Verbose { get; }

    /// <summary>Spectre console on standard output, for tables.</summary>
    public IAnsiConsole Out { get; }

    /// <summary>Spectre console on standard error.</summary>
    public IAnsiConsole Err { get; }

    public static Terminal System(bool quiet = false, bool verbose = false) => new(Console.Out, Console.Error, quiet, verbose);

    /// <summary>
    /// Runs a long step with progress: a Spectre progress bar on an interactive terminal, plain lines when
    /// output is redirected or CI is set, nothing with <c>--quiet</c>.
    /// </summary>
    public T Track<T>(string title, Func<IProgress<StepProgress>?, T> work)
    {
        if (Quiet)
        {
            return work(null);
        }

        if (!Err.Profile.Capabilities.Interactive)
        {
            return work(new ProgressLines(Error, Verbose));
        }

        return Err.Progress().AutoClear(true).Start(context =>
        {
            var task = context.AddTask(Markup.Escape(title));
            return work(new Bar(task));
        });
    }

    public void Diagnostics(IEnumerable<Diagnostic> diagnostics)
    {
        foreach (var diagnostic in diagnostics.Where(d => d.IsError || !Quiet))
        {
            Line(diagnostic.ToString(), diagnostic.IsError ? "red" : "yellow");
        }
    }

    public void Info(string line)
    {
        if (!Quiet)
        {
            Line(line, null);
        }
    }

    public void Detail(string line)
    {
        if (Verbose)
        {
            Line(line, "grey");
        }
    }

    /// <summary>A Spectre bar that, like <see cref="ProgressLines"/>, never moves back when parallel reports arrive out of order.</summary>
    private sealed class Bar(ProgressTask task) : IProgress<StepProgress>
    {
        private readonly Lock _lock = new();
        private string? _stage;
        private int _done;

        public void Report(StepProgress value)
        {
            lock (_lock)
            {
                _done = value.Stage == _stage ? Math.Max(_done, value.Done) : value.Done;
                _stage = value.Stage;
                task.MaxValue = Math.Max(1, value.Total);
                task.Value = _done;
                task.Description = Markup.Escape($"{value.Stage} {_done}/{value.Total}");
            }
        }
    }

    // Diagnostics stay one line each, never wrapped, so editors, CI annotations and grep can read them.
    private void Line(string text, string? colour)
    {
        if (colour is null || !Err.Profile.Capabilities.Ansi)
        {
            Error.WriteLine(text);
        }
        else
        {
            Err.MarkupLine($"[{colour}]{Markup.Escape(text)}[/]");
        }
    }

    private static IAnsiConsole Create(TextWriter writer)
    {
        var redirected = !ReferenceEquals(writer, Console.Out) && !ReferenceEquals(writer, Console.Error)
            || (ReferenceEquals(writer, Console.Out) ? Console.IsOutputRedirected : Console.IsErrorRedirected)
            || Environment.GetEnvironmentVariable("CI") is { Length: > 0 };
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(writer),
            Ansi = redirected ? AnsiSupport.No : AnsiSupport.Detect,
            ColorSystem = redirected ? ColorSystemSupport.NoColors : ColorSystemSupport.Detect,
            Interactive = redirected ? InteractionSupport.No : InteractionSupport.Detect,
        });
        if (redirected)
        {
            // Logs are read whole: tables as wide as their content rather than wrapped at 80 columns.
            console.Profile.Width = 160;
        }

        return console;
    }
}
