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

    public void Diagnostics(IEnumerable<Diagnostic> diagnostics)
    {
        foreach (var diagnostic in diagnostics.Where(d => d.IsError || !Quiet))
        {
            var colour = diagnostic.IsError ? "red" : "yellow";
            Err.MarkupLine($"[{colour}]{Markup.Escape(diagnostic.ToString())}[/]");
        }
    }

    public void Info(string line)
    {
        if (!Quiet)
        {
            Err.MarkupLine(Markup.Escape(line));
        }
    }

    public void Detail(string line)
    {
        if (Verbose)
        {
            Err.MarkupLine($"[grey]{Markup.Escape(line)}[/]");
        }
    }

    private static IAnsiConsole Create(TextWriter writer)
    {
        var redirected = !ReferenceEquals(writer, Console.Out) && !ReferenceEquals(writer, Console.Error)
            || (ReferenceEquals(writer, Console.Out) ? Console.IsOutputRedirected : Console.IsErrorRedirected)
            || Environment.GetEnvironmentVariable("CI") is { Length: > 0 };
        return AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(writer),
            Ansi = redirected ? AnsiSupport.No : AnsiSupport.Detect,
            ColorSystem = redirected ? ColorSystemSupport.NoColors : ColorSystemSupport.Detect,
            Interactive = redirected ? InteractionSupport.No : InteractionSupport.Detect,
        });
    }
}
