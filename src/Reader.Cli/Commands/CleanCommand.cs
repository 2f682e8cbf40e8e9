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
        var files = given.Select(p => Full(context, p)).SelectMany(p => Expand(context, p)).Distinct(StringComparer.Ordinal).ToList();

        // Names are chosen before the parallel work, in file order, so the same inputs always get the same names.
        var taken = new HashSet<string>(StringComparer.Ordinal);
        var targets = files.Select(file => Target(outDirectory, file, taken)).ToList();
        var diagnostics = new DiagnosticBag();
        var watch = Stopwatch.StartNew();
        var results = files
            .Select((file, i) => (File: file, Target: targets[i]))
            .AsParallel().AsOrdered()
            .Select(job =>
            {
                var seed = converter.Convert(SeedPage.Load(job.File, context.Project.Relative(job.File)));
                Write(context, seed, job.Target, diagnostics);
                return seed;
            })
            .ToList();
        watch.Stop();

        var notArticles = results.Where(r => !r.IsArticle).ToList();
        context.Terminal.Diagnostics(diagnostics.Items.Concat(notArticles.Select(r => Diagnostic.Warning(r.Page.Source, null, $"not an article: {r.NotArticleReason}"))));
        var rate = results.Count / Math.Max(watch.Elapsed.TotalSeconds, 1e-6);
        context.Terminal.Info(string.Create(CultureInfo.InvariantCulture,
            $"cleaned {results.Count} pages into {context.Project.Relative(outDirectory)} in {watch.Elapsed.TotalSeconds:F2} s ({rate:F0} pages/s); {notArticles.Count} not articles"));
        return diagnostics.HasErrors ? ExitCodes.ContentErrors : ExitCodes.Ok;
    }

    /// <summary>
    /// DIR/&lt;name&gt;.md, or &lt;name&gt;-2.md, -3 … when that file exists already (a person's article, say) or another page
    /// of this run takes it: clean --out never overwrites a file it did not write in the same run.
    /// </summary>
    private static (string Path, string? Instead) Target(string outDirectory, string file, HashSet<string> taken)
    {
        var stem = Path.GetFileNameWithoutExtension(file);
        string? instead = null;
        for (var n = 1; ; n++)
        {
            var name = n == 1 ? stem + ".md" : string.Create(CultureInfo.InvariantCulture, $"{stem}-{n}.md");
            var path = Path.Combine(outDirectory, name);
            if (!taken.Contains(name) && !File.Exists(path) && !Directory.Exists(path))
            {
                taken.Add(name);
                return (path, instead);
            }

            instead ??= path;
        }
    }

    private static void Write(CommandContext context, ConvertedSeed seed, (string Path, string? Instead) target, DiagnosticBag diagnostics)
    {
        var shown = context.Project.Relative(target.Path);
        try
        {
            if (!AtomicFile.TryCreate(target.Path, seed.ToMarkdown()))
            {
                diagnostics.Add(Diagnostic.Error(seed.Page.Source, null, $"{shown} appeared while cleaning; nothing was written over it", "run clean --out again, or into an empty folder"));
                return;
            }
        }
        catch (Exception e) when (IoProblem.Is(e))
        {
            diagnostics.Add(Diagnostic.Error(seed.Page.Source, null, $"cannot write {shown}: {e.Message}", IoProblem.Hint(e)));
            return;
        }

        if (target.Instead is { } taken)
        {
            diagnostics.Add(Diagnostic.Warning(seed.Page.Source, null,
                $"{context.Project.Relative(taken)} already exists, so this page was written to {shown} (clean --out never overwrites a file it did not write)",
                "compare the two; clean into an empty folder to keep the names"));
        }
    }

    /// <summary>
    /// A file as given, or the pages in a folder (and its subfolders) that ingest would read. A file named on the
    /// command line is read wherever it is; a link inside a folder that leads out of it is not, as for seeds/.
    /// </summary>
    private static IEnumerable<string> Expand(CommandContext context, string path) =>
        Directory.Exists(path)
            ? FolderFiles.Enumerate(path, path, (link, target) => context.Terminal.Diagnostics([Diagnostic.Warning(context.Project.Relative(link), null,
                $"the file is a symbolic link to {target}, outside {context.Project.Relative(path)}; it was not read", "copy the page into the folder instead of linking to it")]))
                .Where(Ingestor.IsSeed)
            : [path];

    private static string Full(CommandContext context, string path) => Path.GetFullPath(path, context.WorkingDirectory);
}
