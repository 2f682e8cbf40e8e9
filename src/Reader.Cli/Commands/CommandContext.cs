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

    /// <summary>Where builds keep the smaller copies of images they made, so the next build need not make them again.</summary>
    public string ImageCacheDirectory => Path.Combine(Project.Root, ".reader-cache", "images");

    /// <summary>
    /// False, after saying why, when the input folder does not exist. A mistyped <c>--input</c> must not become a
    /// new, empty project whose site replaces the real one; only <c>reader new</c> creates content folders.
    /// </summary>
    /// <param name="onlyWhenGiven">Complain only about a folder given with --input (for commands that can do without one).</param>
    public bool HasInput(bool onlyWhenGiven = false)
    {
        var given = Parse.GetResult(CommonOptions.Input) is not null;
        if (Directory.Exists(InputDirectory) || (onlyWhenGiven && !given))
        {
            return true;
        }

        var shown = given ? Parse.GetValue(CommonOptions.Input)! : Project.Relative(InputDirectory);
        Terminal.Diagnostics([Diagnostic.Error(shown, null, "the input folder does not exist",
            given
                ? "check the path given with --input; it names the folder holding articles/, authors/ and themes/"
                : "create it, or start the content with 'reader new article \"Title\"', which creates it; or set InputPath in statiq.json")]);
        return false;
    }

    /// <summary>
    /// False, after saying why, when the output folder must not be replaced by a build (see <see cref="OutputFolderGuard"/>).
    /// </summary>
    public bool CanWriteOutput()
    {
        var given = Parse.GetResult(CommonOptions.Output) is not null;
        var shown = given ? $"--output {Parse.GetValue(CommonOptions.Output)}" : Project.Relative(OutputDirectory) + "/";
        var problem = OutputFolderGuard.Check(
            Project.Root,
            OutputDirectory,
            [("input", InputDirectory), ("seeds", SeedsDirectory), ("templates", ThemeDirectory)],
            shown,
            out var adopted);
        if (problem is not null)
        {
            Terminal.Diagnostics([problem]);
            return false;
        }

        if (adopted)
        {
            Terminal.Info($"{shown}: no {Reader.Site.Outputs.OutputMarker.FileName} marker, but it holds only what a build writes: taken as an earlier build, replaced and marked");
        }

        return true;
    }

    private string Folder(Option<string?> option, string fromSettings) =>
        Parse.GetResult(option) is not null && Parse.GetValue(option) is { Length: > 0 } given
            ? Path.GetFullPath(given, WorkingDirectory)
            : Project.Resolve(fromSettings);
}
