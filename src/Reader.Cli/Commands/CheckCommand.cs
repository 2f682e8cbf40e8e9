using System.CommandLine;
using Reader.Cli.Output;
using Reader.Cli.Settings;
using Reader.Content;
using Reader.Site;
using Reader.Site.Checks;

namespace Reader.Cli.Commands;

/// <summary>
/// <c>reader check</c>: what a contributor's pull request is checked with. Validates <c>input/</c>, builds the site
/// into a temporary folder (<c>output/</c> is left alone) and follows its internal links.
/// </summary>
public static class CheckCommand
{
    private static readonly Option<bool> Strict = new("--strict") { Description = "Treat warnings as errors, as a pull request is checked" };

    private static readonly Option<DiagnosticFormat> Format = new("--format")
    {
        Description = "text (default) or json",
        DefaultValueFactory = _ => DiagnosticFormat.Text,
        CustomParser = ParseFormat,
    };

    public static Command Create(TextWriter output, TextWriter error, string workingDirectory)
    {
        var command = new Command("check", "Check input/ for front matter and Markdown problems and the built site for broken links; exit 1 on errors")
        {
            CommonOptions.Input, Strict, Format,
        };
        command.SetAction(parse => CommandContext.Open(parse, workingDirectory, output, error) is { } context ? Run(context) : ExitCodes.UsageErrors);
        return command;
    }

    // Worded here so that "--format xml" lists the formats in the words the help uses, not an enum's type name.
    private static DiagnosticFormat ParseFormat(System.CommandLine.Parsing.ArgumentResult result)
    {
        var text = result.Tokens.Count > 0 ? result.Tokens[^1].Value : "";
        switch (text.ToLowerInvariant())
        {
            case "text":
                return DiagnosticFormat.Text;
            case "json":
                return DiagnosticFormat.Json;
            default:
                result.AddError($"--format must be text or json, found '{text}'");
                return DiagnosticFormat.Text;
        }
    }

    private static int Run(CommandContext context)
    {
        if (!context.HasInput())
        {
            return ExitCodes.UsageErrors;
        }

        // Under --strict a warning fails the check, so it is reported as what it then is: an error.
        var strict = context.Parse.GetValue(Strict);
        var diagnostics = Collect(context).Select(d => strict && !d.IsError ? d with { Severity = Severity.Error } : d).ToList();
        var terminal = context.Terminal;
        if (context.Parse.GetValue(Format) == DiagnosticFormat.Json)
        {
            terminal.Output.Write(DiagnosticReport.ToJson(diagnostics));
        }
        else
        {
            foreach (var diagnostic in diagnostics.Where(d => d.IsError || !terminal.Quiet))
            {
                terminal.Output.WriteLine(diagnostic.ToString());
            }

            if (Environment.GetEnvironmentVariable("GITHUB_ACTIONS") == "true")
            {
                foreach (var diagnostic in diagnostics)
                {
                    terminal.Output.WriteLine(DiagnosticReport.ToGitHubAnnotation(diagnostic));
                }
            }

            terminal.Output.WriteLine(DiagnosticReport.Summary(diagnostics));
        }

        var failed = diagnostics.Any(d => d.IsError);
        return failed ? ExitCodes.ContentErrors : ExitCodes.Ok;
    }

    private static List<Diagnostic> Collect(CommandContext context)
    {
        var temp = Directory.CreateTempSubdirectory("reader-check-");
        try
        {
            var build = SiteBuilder.Build(context.Settings, context.InputDirectory, context.ThemeDirectory, temp.FullName);

            // The build names the line of each broken link in an article's Markdown; following the built pages finds the
            // rest (fragments, raw HTML, templates) and reports only those.
            var named = build.Diagnostics.Select(d => (d.Path, Target: QuotedTarget(d.Message))).Where(d => d.Target is not null).ToHashSet();
            var links = build.PagesWritten == 0 ? [] : LinkChecker.Check(new OutputFolder(temp.FullName))
                .Select(p => (Problem: p, Diagnostic: BrokenLink(context, p)))
                .Where(p => !named.Contains((p.Diagnostic.Path, QuotedTarget(p.Problem.Problem))))
                .Select(p => p.Diagnostic);
            return
            [
                .. build.Diagnostics.Concat(ContentChecker.Check(context.InputDirectory)).Concat(links).Concat(OutputSetting(context))
                    .Distinct()
                    .OrderBy(d => d.Path, StringComparer.Ordinal).ThenBy(d => d.Line ?? 0).ThenBy(d => d.Column ?? 0).ThenBy(d => d.Message, StringComparer.Ordinal),
            ];
        }
        finally
        {
            temp.Delete(recursive: true);
        }
    }

    /// <summary>
    /// A pull request must not set an OutputPath that a build would refuse to replace, e.g. a folder of documents:
    /// the guard that stops <c>build</c> is run here, where nothing is built into it.
    /// </summary>
    private static IEnumerable<Diagnostic> OutputSetting(CommandContext context)
    {
        var problem = OutputFolderGuard.Check(
            context.Project.Root,
            context.OutputDirectory,
            [("input", context.InputDirectory), ("seeds", context.SeedsDirectory), ("templates", context.ThemeDirectory)],
            context.Settings.OutputPath,
            out _);
        return problem is null ? [] : [problem with { Path = Settings.SettingsLoader.FileName, Message = $"'OutputPath' \"{context.Settings.OutputPath}\": {problem.Message}" }];
    }

    /// <summary>The link in "broken link '/x/': …", "missing image 'y.png': …" or "&lt;a&gt; '/x/': …"; null for other messages.</summary>
    private static string? QuotedTarget(string message)
    {
        var start = message.StartsWith("broken link '", StringComparison.Ordinal) || message.StartsWith("missing image '", StringComparison.Ordinal) || message.StartsWith('<')
            ? message.IndexOf('\'') : -1;
        var end = start < 0 ? -1 : message.IndexOf("': ", start + 1, StringComparison.Ordinal);
        return end < 0 ? null : message[(start + 1)..end];
    }

    // A broken link on an article page almost always comes from that article's Markdown: point there.
    private static Diagnostic BrokenLink(CommandContext context, PageProblem problem)
    {
        var parts = problem.Page.Split('/');
        var input = Path.GetFileName(Path.TrimEndingDirectorySeparator(context.InputDirectory));
        var path = parts is ["articles", var slug, "index.html"] ? $"{input}/articles/{slug}.md" : $"(site)/{problem.Page}";
        return Diagnostic.Error(path, null, $"broken link: {problem.Problem}", "link to a page that exists, e.g. /articles/<slug>/ or /authors/<slug>/");
    }
}
