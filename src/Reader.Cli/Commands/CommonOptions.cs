using System.CommandLine;
using System.CommandLine.Parsing;

namespace Reader.Cli.Commands;

/// <summary>Options shared by several commands; paths given here are relative to the working directory.</summary>
public static class CommonOptions
{
    public static readonly Option<bool> Quiet = new("--quiet", "-q") { Description = "Print only errors", Recursive = true };

    public static readonly Option<bool> Verbose = new("--verbose", "-v") { Description = "Print more detail about each step", Recursive = true };

    public static readonly Option<string?> Seeds = Folder("--seeds", "Folder of scraped pages (default: SeedsPath in statiq.json, \"seeds\")");

    public static readonly Option<string?> Input = Folder("--input", "Content folder, which must exist (default: InputPath in statiq.json, \"input\")");

    public static readonly Option<string?> Output = Folder("--output", "Site output folder: new, empty, or one Reader wrote (default: OutputPath in statiq.json, \"output\")");

    public static readonly Option<bool> Force = new("--force") { Description = "Rewrite existing articles from their seeds, discarding edits to them" };

    /// <summary>A folder option: an empty value is refused here, where it can be worded, rather than failing as a path later.</summary>
    public static Option<string?> Folder(string name, string description)
    {
        var option = new Option<string?>(name) { Description = description };
        option.Validators.Add(result =>
        {
            if (result.Tokens.Count > 0 && string.IsNullOrWhiteSpace(result.Tokens[^1].Value))
            {
                result.AddError($"{name} must name a folder, found an empty value");
            }
        });
        return option;
    }
}
