using System.CommandLine;
using Reader.Cli.Output;
using Reader.Cli.Settings;
using Reader.Content;

namespace Reader.Cli.Commands;

/// <summary>What every command starts from: the terminal, the project and its settings, and folder overrides.</summary>
public sealed record CommandContext(Terminal Terminal, ProjectContext Project, string WorkingDirectory, ParseResult Parse)
{
    /// <summary>Loads the settings; null (after printing why) when they are invalid.</summary>
    public static CommandContext? Open(ParseResult parse, string workingDirectory, TextWriter output, TextWriter error)
    {
        var terminal = new Terminal(output, error, parse.GetValue(CommonOptions.Quiet), parse.GetValue(CommonOptions.Verbose));
        var root = ProjectContext.FindRoot(workingDirectory);
        var diagnostics = new DiagnosticBag();
        var settings = SettingsLoader.Load(root, diagnostics);
        terminal.Diagnostics(diagnostics.Items);
        return diagnostics.HasErrors ? null : new CommandContext(terminal, new ProjectContext(root, settings), workingDirectory, parse);
    }

    public ReaderSettings Settings => Project.Settings;

    /// <summary>Takes the project's write lock for a command, or prints who holds it and returns null.</summary>
    public ProjectLock? Lock(string command)
    {
        var held = ProjectLock.TryAcquire(Project.Root, command, out var problem);
        if (problem is not null)
        {
            Terminal.Diagnostics([problem]);
        }

        return held;
    }

    public string SeedsDirectory => Folder(CommonOptions.Seeds, Settings.SeedsPath);

    public string InputDirectory => Folder(CommonOptions.Input, Settings.InputPath);

    public string OutputDirectory => Folder(CommonOptions.Output, Settings.OutputPath);

    public string ThemeDirectory => Project.Resolve(Settings.ThemePaths[0]);

    private string Folder(Option<DirectoryInfo?> option, string fromSettings) =>
        Parse.GetResult(option) is not null && Parse.GetValue(option) is { } given
            ? Path.GetFullPath(given.ToString(), WorkingDirectory)
            : Project.Resolve(fromSettings);
}
