using System.CommandLine;
using System.Reflection;
using Reader.Cli.Commands;
using Reader.Content;

namespace Reader.Cli;

/// <summary>The <c>reader</c> command line: builds the command tree and runs it, in-process so tests can too.</summary>
public static class ReaderApp
{
    public static int Run(string[] args, string workingDirectory, TextWriter output, TextWriter error) =>
        RunAsync(args, workingDirectory, output, error).GetAwaiter().GetResult();

    /// <summary>Runs a command; <paramref name="cancel"/> stops a long-running one (<c>serve</c>) as Ctrl-C does.</summary>
    public static async Task<int> RunAsync(string[] args, string workingDirectory, TextWriter output, TextWriter error, CancellationToken cancel = default)
    {
        var root = new RootCommand("Reader: turns scraped pages into a curated, cross-linked reading site.\nPipeline: seeds/ → ingest → input/ → build → output/.")
        {
            CommonOptions.Quiet,
            CommonOptions.Verbose,
            IngestCommand.Create(output, error, workingDirectory),
            CleanCommand.Create(output, error, workingDirectory),
            BuildCommand.Create(output, error, workingDirectory),
            CheckCommand.Create(output, error, workingDirectory),
            NewCommand.Create(output, error, workingDirectory),
            ServeCommand.Create(output, error, workingDirectory),
        };

        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            foreach (var problem in CommandLineErrors.Describe(parse, args))
            {
                error.WriteLine($"error: {problem}");
            }

            error.WriteLine("Run 'reader --help' to see the commands and their options.");
            return ExitCodes.UsageErrors;
        }

        // serve handles Ctrl-C and SIGTERM itself, to stop the server cleanly and exit 0.
        try
        {
            return await parse.InvokeAsync(new InvocationConfiguration { Output = output, Error = error, ProcessTerminationTimeout = null, EnableDefaultExceptionHandler = false }, cancel);
        }
        catch (Exception thrown) when (IoProblem.Find(thrown) is { } e)
        {
            // Commands turn the failures they expect into diagnostics; one that got through is still the machine's
            // (a disk filled up, a folder became read-only), worded for a person, not a stack trace.
            error.WriteLine($"error: {e.Message} ({IoProblem.Hint(e)})");
            return ExitCodes.ContentErrors;
        }
        catch (Exception e) when (e is not OutOfMemoryException and not OperationCanceledException)
        {
            error.WriteLine($"error: reader stopped on an internal error, {e.GetType().Name}: {e.Message} (this is a bug: please report it with the command and the file that caused it{(parse.GetValue(CommonOptions.Verbose) ? "" : "; --verbose shows where it happened")})");
            if (parse.GetValue(CommonOptions.Verbose))
            {
                error.WriteLine(e.ToString());
            }

            return ExitCodes.ContentErrors;
        }
    }

    public static string Version =>
        typeof(ReaderApp).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "0.0.0";
}
