using System.CommandLine;
using System.Reflection;
using Reader.Cli.Commands;

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
        return await parse.InvokeAsync(new InvocationConfiguration { Output = output, Error = error, ProcessTerminationTimeout = null }, cancel);
    }

    public static string Version =>
        typeof(ReaderApp).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "0.0.0";
}
