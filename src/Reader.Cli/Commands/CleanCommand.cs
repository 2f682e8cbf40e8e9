using System.CommandLine;
using Reader.Content;
using Reader.Ingest;
using Reader.Ingest.Themes;

namespace Reader.Cli.Commands;

/// <summary><c>reader clean FILE</c>: prints one page's cleaned Markdown, front matter included, without writing anything.</summary>
public static class CleanCommand
{
    private static readonly Argument<FileInfo> File = new("FILE") { Description = "A scraped page (text dump)" };

    public static Command Create(TextWriter output, TextWriter error, string workingDirectory)
    {
        var command = new Command("clean", "Print one scraped page as cleaned Markdown with front matter (writes nothing)") { File, CommonOptions.Input };
        command.SetAction(parse => CommandContext.Open(parse, workingDirectory, output, error) is { } context ? Run(context) : ExitCodes.UsageErrors);
        return command;
    }

    private static int Run(CommandContext context)
    {
        var file = context.Parse.GetValue(File)!;
        var path = Path.GetFullPath(file.ToString(), context.WorkingDirectory);
        if (!System.IO.File.Exists(path))
        {
            context.Terminal.Diagnostics([Diagnostic.Error(file.ToString(), null, "no such file", "give the path of a scraped page, e.g. seeds/000_554a41081c653126.txt")]);
            return ExitCodes.UsageErrors;
        }

        var diagnostics = new DiagnosticBag();
        var themes = ThemeCatalog.Load(Path.Combine(context.InputDirectory, "themes"), diagnostics);
        var converter = new SeedConverter(new Cleaner(), new ThemeClassifier(themes));
        var seed = converter.Convert(SeedPage.Load(path, context.Project.Relative(path)));
        context.Terminal.Output.Write(seed.ToMarkdown());
        context.Terminal.Diagnostics(diagnostics.Items);
        foreach (var warning in seed.Report.Warnings)
        {
            context.Terminal.Diagnostics([Diagnostic.Warning(seed.Page.Source, null, warning)]);
        }

        return ExitCodes.Ok;
    }
}
