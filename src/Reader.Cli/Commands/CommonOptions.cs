using System.CommandLine;

namespace Reader.Cli.Commands;

/// <summary>Options shared by several commands; paths given here are relative to the working directory.</summary>
public static class CommonOptions
{
    public static readonly Option<bool> Quiet = new("--quiet", "-q") { Description = "Print only errors", Recursive = true };

    public static readonly Option<bool> Verbose = new("--verbose", "-v") { Description = "Print more detail about each step", Recursive = true };

    public static readonly Option<DirectoryInfo?> Seeds = new("--seeds") { Description = "Folder of scraped pages (default: SeedsPath in statiq.json, \"seeds\")" };

    public static readonly Option<DirectoryInfo?> Input = new("--input") { Description = "Content folder (default: InputPath in statiq.json, \"input\")" };

    public static readonly Option<DirectoryInfo?> Output = new("--output") { Description = "Site output folder (default: OutputPath in statiq.json, \"output\")" };

    public static readonly Option<bool> Force = new("--force") { Description = "Rewrite existing articles from their seeds, discarding edits to them" };
}
