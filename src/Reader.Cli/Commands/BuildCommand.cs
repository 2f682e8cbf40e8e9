using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Reader.Site;

namespace Reader.Cli.Commands;

/// <summary><c>reader build</c>: ingests new seeds (never overwriting), then generates the whole site.</summary>
public static class BuildCommand
{
    public static Command Create(TextWriter output, TextWriter error, string workingDirectory)
    {
        var command = new Command("build", "Ingest new seeds, then generate the site from input/, theme/ and statiq.json into output/")
        {
            CommonOptions.Seeds, CommonOptions.Input, CommonOptions.Output,
        };
        command.SetAction(parse => CommandContext.Open(parse, workingDirectory, output, error) is { } context ? Run(context) : ExitCodes.UsageErrors);
        return command;
    }

    private static int Run(CommandContext context)
    {
        var stopwatch = Stopwatch.StartNew();
        var ingest = IngestCommand.RunIngest(context, force: false);
        var site = context.Terminal.Track("Building the site", progress =>
            SiteBuilder.Build(context.Settings, context.InputDirectory, context.ThemeDirectory, context.OutputDirectory, progress));

        // Both stages read input/, so a problem in an article can be found twice: report it once.
        var diagnostics = ingest.Diagnostics.Concat(site.Diagnostics).Distinct().ToList();
        context.Terminal.Diagnostics(diagnostics);
        var warnings = diagnostics.Count(d => !d.IsError);
        var errors = diagnostics.Count(d => d.IsError);
        context.Terminal.Info(string.Create(CultureInfo.InvariantCulture,
            $"build: {site.PagesWritten} pages ({site.FilesWritten} files) in {context.Project.Relative(context.OutputDirectory)}/, {Plural(warnings, "warning")}, {Plural(errors, "error")}, {stopwatch.Elapsed.TotalSeconds:0.00} s"));
        return errors > 0 ? ExitCodes.ContentErrors : ExitCodes.Ok;
    }

    private static string Plural(int count, string noun) =>
        string.Create(CultureInfo.InvariantCulture, $"{count} {noun}{(count == 1 ? "" : "s")}");
}
