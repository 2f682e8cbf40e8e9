using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Reader.Content;
using Reader.Ingest;
using Reader.Ingest.Themes;

namespace Reader.Cli.Commands;

/// <summary>
/// <c>reader clean FILE</c> prints one page's cleaned Markdown, front matter included, without writing anything.
/// <c>reader clean --out DIR PATH...</c> cleans many files and folders in parallel into <c>DIR/&lt;name&gt;.md</c>.
/// </summary>
public static class CleanCommand
{
    private static readonly Argument<string[]> Paths = new("PATH")
    {
        Description = "Scraped pages (HTML pages or text dumps), or folders of them",
        Arity = ArgumentArity.OneOrMore,
    };

    private static readonly Option<string?> Out = CommonOptions.Folder("--out", "Write DIR/<input name>.md for every page instead of printing one page; never overwrites a file");

    public static Command Create(TextWriter output, TextWriter error, string workingDirectory)
    {
        var command = new Command("clean", "Clean scraped pages into Markdown with front matter: print one, or write many with --out") { Paths, Out, CommonOptions.Input };
        command.SetAction(parse => CommandContext.Open(parse, workingDirectory, output, error) is { } context ? Run(context) : ExitCodes.UsageErrors);
        return command;
    }

    private static int Run(CommandContext context)
    {
        if (!context.HasInput(onlyWhenGiven: true))
        {
            return ExitCodes.UsageErrors;
        }

        var given = context.Parse.GetValue(Paths) ?? [];
        var missing = given.Where(p => !File.Exists(Full(context, p)) && !Directory.Exists(Full(context, p))).ToList();
        if (missing.Count > 0)
        {
            context.Terminal.Diagnostics(missing.Select(p => Diagnostic.Error(p, null, "no such file", "give the path of a scraped page, e.g. seeds/000_554a41081c653126.txt")));
            return ExitCodes.UsageErrors;
        }

        var diagnostics = new DiagnosticBag();
        var themes = ThemeCatalog.Load(Path.Combine(context.InputDirectory, "themes"), diagnostics);
        var converter = new SeedConverter(new Cleaner(), new ThemeClassifier(themes));
        context.Terminal.Diagnostics(diagnostics.Items);

        if (context.Parse.GetValue(Out) is { } outDirectory)
        {
            return CleanMany(context, converter, given, Path.GetFullPath(outDirectory, context.WorkingDirectory));
        }

        if (given.Length != 1 || !File.Exists(Full(context, given[0])))
        {
            context.Terminal.Diagnostics([Diagnostic.Error(string.Join(' ', given), null, "printing shows one page only", "give one file, or --out DIR to clean several into a folder")]);
            return ExitCodes.UsageErrors;
        }

        var path = Full(context, given[0]);
        var seed = converter.Convert(SeedPage.Load(path, context.Project.Relative(path)));
        context.Terminal.Output.Write(seed.ToMarkdown());
        foreach (var warning in seed.Report.Warnings)
        {
            context.Terminal.Diagnostics([Diagnostic.Warning(seed.Page.Source, null, warning)]);
        }

        return ExitCodes.Ok;
    }

    // Pages that are not articles are written too: the output is what the cleaner made of each input, and the
    // summary names them so they can be left out. (Ingest, which feeds the site, skips them.)
    private static int CleanMany(CommandContext context, SeedConverter converter, IEnumerable<string> given, string outDirectory)
    {
        Directory.CreateDirectory(outDirectory);
        var files = given.Select(p => Full(context, p)).SelectMany(Expand).Distinct(StringComparer.Ordinal).ToList();
        var watch = Stopwatch.StartNew();
        var results = files
            .AsParallel().AsOrdered()
            .Select(file =>
            {
                var seed = converter.Convert(SeedPage.Load(file, context.Project.Relative(file)));
                File.WriteAllText(Path.Combine(outDirectory, Path.GetFileNameWithoutExtension(file) + ".md"), seed.ToMarkdown());
                return seed;
            })
            .ToList();
        watch.Stop();

        var notArticles = results.Where(r => !r.IsArticle).ToList();
        context.Terminal.Diagnostics(notArticles.Select(r => Diagnostic.Warning(r.Page.Source, null, $"not an article: {r.NotArticleReason}")));
        var rate = results.Count / Math.Max(watch.Elapsed.TotalSeconds, 1e-6);
        context.Terminal.Info(string.Create(CultureInfo.InvariantCulture,
            $"cleaned {results.Count} pages into {context.Project.Relative(outDirectory)} in {watch.Elapsed.TotalSeconds:F2} s ({rate:F0} pages/s); {notArticles.Count} not articles"));
        return ExitCodes.Ok;
    }

    /// <summary>A file as given, or the pages in a folder (and its subfolders) that ingest would read.</summary>
    private static IEnumerable<string> Expand(string path) =>
        Directory.Exists(path)
            ? Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories).Where(Ingestor.IsSeed).Order(StringComparer.Ordinal)
            : [path];

    private static string Full(CommandContext context, string path) => Path.GetFullPath(path, context.WorkingDirectory);
}
