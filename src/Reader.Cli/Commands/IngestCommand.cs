using System.CommandLine;
using Reader.Cli.Output;
using Reader.Content;
using Reader.Ingest;

namespace Reader.Cli.Commands;

/// <summary><c>reader ingest</c>: cleans new seeds into <c>input/</c>, never overwriting, and reports what was removed.</summary>
public static class IngestCommand
{
    public static Command Create(TextWriter output, TextWriter error, string workingDirectory)
    {
        var command = new Command("ingest", "Clean the scraped pages in seeds/ into Markdown articles in input/ (existing articles are never overwritten)")
        {
            CommonOptions.Seeds, CommonOptions.Input, CommonOptions.Force,
        };
        command.SetAction(parse => CommandContext.Open(parse, workingDirectory, output, error) is { } context ? Run(context) : ExitCodes.UsageErrors);
        return command;
    }

    public static int Run(CommandContext context)
    {
        if (!context.HasInput())
        {
            return ExitCodes.UsageErrors;
        }

        using var held = context.Lock("ingest");
        if (held is null)
        {
            return ExitCodes.Busy;
        }

        var result = RunIngest(context, context.Parse.GetValue(CommonOptions.Force));
        context.Terminal.Diagnostics(result.Diagnostics);
        if (!context.Terminal.Quiet)
        {
            IngestTable.Print(context.Terminal.Out, result);
        }

        return result.HasErrors ? ExitCodes.ContentErrors : ExitCodes.Ok;
    }

    /// <summary>Runs ingest and writes the JSON report; shared with <c>build</c>, which prints the diagnostics with its own.</summary>
    public static IngestResult RunIngest(CommandContext context, bool force)
    {
        var options = new IngestOptions(context.Project.Root, context.SeedsDirectory, context.InputDirectory, force);
        var result = context.Terminal.Track("Cleaning seeds", progress => new Ingestor(options).Run(progress));
        var reportPath = context.Project.Resolve(context.Settings.ReportPath);
        try
        {
            AtomicFile.Write(reportPath, IngestReport.ToJson(result));
        }
        catch (Exception e) when (IoProblem.Is(e))
        {
            // The articles are written; only the audit could not be: say so, and let a build go on.
            result = result with { Diagnostics = [.. result.Diagnostics, Diagnostic.Warning(context.Project.Relative(reportPath), null, $"cannot write ingest's report: {e.Message}", IoProblem.Hint(e))] };
        }

        foreach (var created in result.AuthorFilesCreated)
        {
            context.Terminal.Detail($"created {created}");
        }

        var counts = result.Seeds.GroupBy(s => s.Status).OrderBy(g => g.Key).Select(g => $"{g.Count()} {g.Key.ToString().ToLowerInvariant()}");
        context.Terminal.Info($"ingest: {result.Seeds.Count} seeds ({string.Join(", ", counts)}), {result.AuthorFilesCreated.Count} new author files; report in {context.Project.Relative(reportPath)}");
        return result;
    }
}
