using Reader.Content;
using Reader.Ingest.Authors;
using Reader.Ingest.People;
using Reader.Ingest.Themes;

namespace Reader.Ingest;

/// <summary>
/// The first stage of the pipeline, <c>seeds/ → input/</c>. <c>input/</c> is the source of truth once written:
/// an existing article is never overwritten (a changed seed goes to <c>.md.incoming</c> beside it), author files
/// are only ever created, and a run on unchanged seeds writes nothing.
/// </summary>
public sealed class Ingestor(IngestOptions options)
{
    public static readonly IReadOnlyList<string> SeedExtensions = [".txt", ".text", ".html", ".htm"];

    public IngestResult Run(IProgress<StepProgress>? progress = null)
    {
        var diagnostics = new DiagnosticBag();
        var seeds = FindSeeds(diagnostics).ToList();
        if (seeds.Count == 0)
        {
            // Nothing to convert, so nothing in input/ to read: a build of a grown collection starts at once.
            return Result([], [], diagnostics);
        }

        // A run killed while writing (or stopped by a full disk) can leave temporary files: this run cleans them up.
        AtomicFile.DeleteLeftovers(options.ArticlesDirectory);
        AtomicFile.DeleteLeftovers(options.AuthorsDirectory);

        var converter = new SeedConverter(new Cleaner(), new ThemeClassifier(ThemeCatalog.Load(options.ThemesDirectory, diagnostics)));
        var authors = AuthorDirectory.Load(options.AuthorsDirectory, diagnostics);
        var candidates = new PersonCandidates(new NameFinder(NameWords.Default), PeopleSpellings(diagnostics), AuthorSpellings(authors));
        var existing = ExistingArticles.Load(options.ArticlesDirectory, diagnostics, (path, file) => candidates.Add(options.Relative(path), file.Body, Credited(file.FrontMatter)));

        var done = 0;
        var converted = seeds
            .AsParallel().AsOrdered()
            .Select(path =>
            {
                var result = Convert(converter, path, diagnostics);
                progress?.Report(new StepProgress("clean", Interlocked.Increment(ref done), seeds.Count, options.Relative(path)));
                return result;
            })
            .ToList();

        converted = UninformativeThemes.Reassign(converted, existing, options, diagnostics);
        var outcomes = new List<SeedOutcome>();
        foreach (var (path, seed) in converted)
        {
            if (seed is { IsArticle: false })
            {
                // An index, error page or empty shell would become a junk article: report it instead of writing it.
                diagnostics.Add(seed.Page.Problem is { } problem
                    ? Diagnostic.Warning(seed.Page.Source, null, $"{problem.Message}; skipped", problem.Hint)
                    : Diagnostic.Warning(seed.Page.Source, null, $"not an article: {seed.NotArticleReason}; skipped", "remove it from seeds/ or save the article page itself"));
                outcomes.Add(new SeedOutcome(seed.Page.Source, SeedStatus.Skipped, null, seed.Report, [], []));
                continue;
            }

            var outcome = seed is null
                ? new SeedOutcome(options.Relative(path), SeedStatus.Failed, null, null, [], [])
                : WriteOrReport(seed, existing, authors, diagnostics);
            outcomes.Add(outcome);
            if (outcome is { Status: SeedStatus.Created, ArticlePath: { } written })
            {
                candidates.Add(written, seed!.Body, Credited(seed.FrontMatter));
            }
        }

        var created = new List<string>();
        foreach (var record in authors.Records.Where(r => !r.Exists))
        {
            var path = Path.Combine(options.AuthorsDirectory, record.Slug + ".md");
            try
            {
                if (AtomicFile.TryCreate(path, record.ToMarkdown()))
                {
                    created.Add(options.Relative(path));
                }
            }
            catch (Exception e) when (IoProblem.Is(e))
            {
                diagnostics.Add(Diagnostic.Error(options.Relative(path), null, $"cannot write the author file: {e.Message}", IoProblem.Hint(e)));
            }
        }

        return Result(outcomes, created, diagnostics) with { PersonCandidates = candidates.Result() };
    }

    /// <summary>The spellings of the people of <c>input/people/</c>: names they cover are known, not proposed.</summary>
    private IEnumerable<NameSpelling> PeopleSpellings(DiagnosticBag diagnostics)
    {
        if (!Directory.Exists(options.PeopleDirectory))
        {
            yield break;
        }

        foreach (var path in Directory.EnumerateFiles(options.PeopleDirectory, "*.md").Order(StringComparer.Ordinal))
        {
            var text = InputText.Read(path, options.InputDirectory, options.Relative(path), diagnostics);
            if (text is not null && FrontMatterReader.ReadPerson(options.Relative(path), text, new DiagnosticBag()) is { } person)
            {
                var key = PersonName.Key(person.FrontMatter.Name) is { Length: > 0 } k ? k : person.FrontMatter.Name;
                foreach (var spelling in person.FrontMatter.Aliases.Prepend(person.FrontMatter.Name))
                {
                    yield return NameSpelling.Parse(spelling, key);
                }
            }
        }
    }

    /// <summary>Authors' names and aliases, as the site links them (a single short word would match too much).</summary>
    private static IEnumerable<NameSpelling> AuthorSpellings(AuthorDirectory authors) =>
        authors.Records.SelectMany(r => r.Aliases.Prepend(r.Name).Where(n => n.Length >= 4).Select(n => new NameSpelling(n, PersonName.Key(r.Name))));

    private static HashSet<string> Credited(ArticleFrontMatter matter) => matter.Authors.Select(a => PersonName.Key(a.Name)).ToHashSet(StringComparer.Ordinal);

    /// <summary>Diagnostics name files as the maintainer sees them: relative to the project root.</summary>
    private IngestResult Result(IReadOnlyList<SeedOutcome> outcomes, IReadOnlyList<string> created, DiagnosticBag diagnostics) =>
        new(outcomes, created, [.. diagnostics.Items.Select(d => Path.IsPathRooted(d.Path) ? d with { Path = options.Relative(d.Path) } : d)]);

    private IEnumerable<string> FindSeeds(DiagnosticBag diagnostics)
    {
        if (!Directory.Exists(options.SeedsDirectory))
        {
            diagnostics.Add(Diagnostic.Warning(options.Relative(options.SeedsDirectory), null, "the seeds folder does not exist; nothing to ingest", "create it and put scraped pages (.html or .txt) in it"));
            return [];
        }

        var files = Directory.EnumerateFiles(options.SeedsDirectory).Order(StringComparer.Ordinal).ToList();
        foreach (var other in files.Where(f => !IsSeed(f) && !Path.GetFileName(f).StartsWith('.')))
        {
            diagnostics.Add(Diagnostic.Warning(options.Relative(other), null, "not a seed this version can read; skipped", $"seeds are HTML pages or text dumps ending in {string.Join(", ", SeedExtensions)}"));
        }

        // A link out of seeds/ is never read: its target would be cleaned into an article and published.
        var linked = files.Where(IsSeed).Select(f => (File: f, Target: FolderFiles.LinkOutside(f, options.SeedsDirectory))).Where(f => f.Target is not null).ToList();
        foreach (var (file, target) in linked)
        {
            diagnostics.Add(Diagnostic.Warning(options.Relative(file), null, $"the file is a symbolic link to {target}, outside the seeds folder; it was not read",
                "copy the page into the seeds folder instead of linking to it"));
        }

        return files.Where(IsSeed).Except(linked.Select(l => l.File));
    }

    public static bool IsSeed(string path) => SeedExtensions.Contains(Path.GetExtension(path), StringComparer.OrdinalIgnoreCase);

    private (string Path, ConvertedSeed? Seed) Convert(SeedConverter converter, string path, DiagnosticBag diagnostics)
    {
        var source = options.Relative(path);
        try
        {
            return (path, converter.Convert(SeedPage.Load(path, source)));
        }
        catch (IOException e)
        {
            diagnostics.Add(Diagnostic.Error(source, null, $"cannot read the seed: {e.Message}", "check the file's permissions"));
            return (path, null);
        }
    }

    /// <summary>Writes the seed's article; a file system failure (a full disk, a read-only folder) fails this seed with a message, not the run.</summary>
    private SeedOutcome WriteOrReport(ConvertedSeed seed, ExistingArticles existing, AuthorDirectory authors, DiagnosticBag diagnostics)
    {
        try
        {
            return Write(seed, existing, authors, diagnostics);
        }
        catch (Exception e) when (IoProblem.Is(e))
        {
            diagnostics.Add(Diagnostic.Error(seed.Page.Source, null, $"cannot write its article: {e.Message}", IoProblem.Hint(e)));
            return new SeedOutcome(seed.Page.Source, SeedStatus.Failed, null, seed.Report, seed.ThemeScores, []);
        }
    }

    private SeedOutcome Write(ConvertedSeed seed, ExistingArticles existing, AuthorDirectory authors, DiagnosticBag diagnostics)
    {
        var source = seed.Page.Source;
        var previous = existing.FindBySource(source);
        string path;
        SeedStatus status;
        IReadOnlyList<AuthorCredit> credits = seed.FrontMatter.Authors;
        if (previous is null)
        {
            var slug = Slug.Unique(Slug.From(seed.FrontMatter.Title), existing.Slugs);
            existing.Slugs.Add(slug);
            path = Path.Combine(options.ArticlesDirectory, slug + ".md");
            status = AtomicFile.TryCreate(path, seed.ToMarkdown()) ? SeedStatus.Created : SeedStatus.Failed;
        }
        else if (options.Force)
        {
            path = previous.Path;
            AtomicFile.Write(path, seed.ToMarkdown());
            status = SeedStatus.Regenerated;
        }
        else if (previous.FrontMatter.SourceSha256 == seed.Page.Sha256)
        {
            path = previous.Path;
            status = SeedStatus.Unchanged;
            credits = previous.FrontMatter.Authors;
        }
        else
        {
            path = previous.Path;
            var (incoming, kept) = IncomingFile.Write(path, seed.ToMarkdown());
            status = SeedStatus.Incoming;
            credits = previous.FrontMatter.Authors;
            var keptNote = kept.Count == 0 ? "" : $" ({string.Join(", ", kept.Select(options.Relative))} {(kept.Count == 1 ? "was" : "were")} kept: {(kept.Count == 1 ? "it differs, and may hold" : "they differ, and may hold")} a merge in progress)";
            diagnostics.Add(Diagnostic.Warning(options.Relative(path), null,
                $"{source} has changed since this article was written; the new version is in {options.Relative(incoming)}{keptNote}",
                "compare the two, merge what you want by hand, then delete the .incoming file (or run ingest --force to replace the article)"));
        }

        var names = credits.Select(c => authors.Resolve(c, seed.AuthorBios.GetValueOrDefault(c.Name)).Name).ToList();
        return new SeedOutcome(source, status, options.Relative(path), seed.Report, seed.ThemeScores, names);
    }
}
