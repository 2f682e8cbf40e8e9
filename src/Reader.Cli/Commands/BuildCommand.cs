using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Reader.Cli.Output;
using Reader.Content;
using Reader.Site;
using Reader.Site.Outputs;

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
        if (!context.HasInput() || !context.CanWriteOutput())
        {
            return ExitCodes.UsageErrors;
        }

        using var held = context.Lock("build");
        if (held is null)
        {
            return ExitCodes.Busy;
        }

        var stopwatch = Stopwatch.StartNew();

        // One-time set-up of the site's parsers runs on another core while this one ingests.
        _ = Task.Run(SiteBuilder.Prepare);
        var ingest = IngestCommand.RunIngest(context, force: false);

        // Built beside output/ and swapped in only on success: a failed or killed build leaves the last site whole.
        var problems = new List<Diagnostic>();
        var swap = OutputSwap.Begin(context.OutputDirectory, problems);
        if (swap is null)
        {
            context.Terminal.Diagnostics(ingest.Diagnostics.Concat(problems.Select(context.Project.Shown)));
            context.Terminal.Info($"build failed: {context.Project.Relative(context.OutputDirectory)}/ was left as it was");
            return ExitCodes.ContentErrors;
        }

        SiteBuildResult site;
        try
        {
            site = context.Terminal.Track("Building the site", progress =>
                SiteBuilder.Build(context.Settings, context.InputDirectory, context.ThemeDirectory, swap.Staging, progress, context.ImageCacheDirectory));
        }
        catch
        {
            swap.Abandon();
            throw;
        }

        foreach (var phase in site.Phases)
        {
            context.Terminal.Detail(string.Create(CultureInfo.InvariantCulture, $"  {phase.Name}: {phase.Elapsed.TotalSeconds:0.000} s, {phase.AllocatedBytes / 1_000_000} MB allocated, peak {phase.PeakBytes / 1_000_000} MB"));
        }

        context.Terminal.Detail(RuntimeStats.Line());

        // Both stages read input/, so a problem in an article can be found twice: report it once. A failure to write
        // names the output folder, not the staging folder beside it that the person never sees.
        var diagnostics = ingest.Diagnostics.Concat(site.Diagnostics.Select(d => d.Path.StartsWith(swap.Staging, StringComparison.Ordinal) ? d with { Path = context.OutputDirectory + d.Path[swap.Staging.Length..] } : d))
            .Select(context.Project.Shown).Distinct().ToList();
        if (diagnostics.Any(d => d.IsError))
        {
            swap.Abandon();
        }
        else
        {
            swap.Commit(problems);
        }

        diagnostics.AddRange(problems.Select(context.Project.Shown));
        context.Terminal.Diagnostics(diagnostics);
        var warnings = diagnostics.Count(d => !d.IsError);
        var errors = diagnostics.Count(d => d.IsError);
        if (errors > 0)
        {
            context.Terminal.Info($"build failed: {context.Project.Relative(context.OutputDirectory)}/ was left as it was");
        }

        context.Terminal.Info(string.Create(CultureInfo.InvariantCulture,
            $"build: {site.PagesWritten} pages ({site.FilesWritten} files) {(errors > 0 ? "made and thrown away" : $"in {context.Project.Relative(context.OutputDirectory)}/")}, {Plural(warnings, "warning")}, {Plural(errors, "error")}, {stopwatch.Elapsed.TotalSeconds:0.00} s"));
        return errors > 0 ? ExitCodes.ContentErrors : ExitCodes.Ok;
    }

    private static string Plural(int count, string noun) =>
        string.Create(CultureInfo.InvariantCulture, $"{count} {noun}{(count == 1 ? "" : "s")}");
}
