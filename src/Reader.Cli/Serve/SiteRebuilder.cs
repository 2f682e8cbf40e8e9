using System.Diagnostics;
using System.Globalization;
using Reader.Cli.Commands;
using Reader.Cli.Settings;
using Reader.Content;
using Reader.Site;

namespace Reader.Cli.Serve;

/// <summary>
/// Turns each burst of changes into the smallest rebuild that covers it: a seed runs ingest (which never
/// overwrites) first, <c>statiq.json</c> starts a new session with the new settings, and everything else is an
/// incremental build of the same <see cref="SiteSession"/>. Prints one line per rebuild and publishes the
/// result (errors included) to the preview.
/// </summary>
public sealed class SiteRebuilder(CommandContext context, PreviewState state, LiveReload reload, PublishedOutput published)
{
    private SiteSession _session = NewSession(published, context, context.Settings);
    private HashSet<Diagnostic> _reported = [];
    private bool _draftsReported;

    // Changes made while the first build ran came before the watcher: the first rebuild checks every file.
    private bool _checkedSinceWatching;

    public SiteBuildResult BuildFirst()
    {
        var stopwatch = Stopwatch.StartNew();
        var ingest = IngestCommand.RunIngest(context, force: false);
        var result = _session.Build();
        var diagnostics = ingest.Diagnostics.Concat(result.Diagnostics).Distinct().ToList();
        diagnostics.AddRange(Publish(result, diagnostics));
        Report("first build", result, diagnostics, stopwatch);
        return result;
    }

    public void Rebuild(SourceChanges changes)
    {
        var stopwatch = Stopwatch.StartNew();
        var diagnostics = new List<Diagnostic>();
        try
        {
            if (changes.Has(SourceKind.Settings) && !ReloadSettings(diagnostics))
            {
                Report(changes.Describe(context.Project.Relative), null, diagnostics, stopwatch);
                return;
            }

            if (changes.Has(SourceKind.Seeds))
            {
                diagnostics.AddRange(IngestCommand.RunIngest(context, force: false).Diagnostics);
            }

            var result = _session.Build(changedFiles: _checkedSinceWatching ? changes.InputFiles : null);
            _checkedSinceWatching = true;
            diagnostics.AddRange(result.Diagnostics.Except(diagnostics));
            diagnostics.AddRange(Publish(result, diagnostics));
            Report(changes.Describe(context.Project.Relative), result, diagnostics, stopwatch, changes.FirstSeen);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // A bug in one rebuild must not stop the preview; the next save tries again.
            diagnostics.Add(Diagnostic.Error(changes.Describe(context.Project.Relative), null, $"the rebuild failed: {e.GetType().Name}: {e.Message}"));
            Report(changes.Describe(context.Project.Relative), null, diagnostics, stopwatch);
        }
    }

    private static SiteSession NewSession(PublishedOutput published, CommandContext context, ReaderSettings settings) =>
        new(settings, context.InputDirectory, context.ThemeDirectory, published.Preview, includeDrafts: true, imageCache: context.ImageCacheDirectory);

    /// <summary>
    /// A build without errors goes on to output/; one with errors stays in the preview, and output/ keeps the last good
    /// site. So does a preview that shows drafts: output/ holds only what <c>reader build</c> would publish.
    /// </summary>
    private IReadOnlyList<Diagnostic> Publish(SiteBuildResult result, IReadOnlyList<Diagnostic> diagnostics)
    {
        published.Record(result);
        if (result.Drafts > 0 && !diagnostics.Any(d => d.IsError))
        {
            var drafts = string.Create(CultureInfo.InvariantCulture, $"{result.Drafts} draft{(result.Drafts == 1 ? "" : "s")}");
            if (!_draftsReported)
            {
                context.Terminal.Info($"the preview shows {drafts}, which reader build leaves out: output/ keeps the last build without drafts (run reader build to update it)");
            }

            _draftsReported = true;
            return [];
        }

        _draftsReported = false;
        return diagnostics.Any(d => d.IsError) ? [] : published.Publish().Select(context.Project.Shown).ToList();
    }

    private bool ReloadSettings(List<Diagnostic> diagnostics)
    {
        var bag = new DiagnosticBag();
        var settings = SettingsLoader.Load(context.Project.Root, bag);
        diagnostics.AddRange(bag.Items);
        if (bag.HasErrors)
        {
            return false;
        }

        published.Reset();
        _session = NewSession(published, context, settings);
        return true;
    }

    /// <param name="firstSeen">When the change that caused the rebuild was seen, or 0: the line then also says how long after the save the site was ready.</param>
    private void Report(string what, SiteBuildResult? result, IReadOnlyList<Diagnostic> diagnostics, Stopwatch stopwatch, long firstSeen = 0)
    {
        // Errors every time, as the page shows them; a warning only the first time it appears.
        context.Terminal.Diagnostics(diagnostics.Where(d => d.IsError || !_reported.Contains(d)));
        _reported = [.. diagnostics];
        var errors = diagnostics.Where(d => d.IsError).ToList();
        var settings = _session.Settings;
        var build = state.Publish(new SiteUrls(settings).Root, settings.Host, errors);
        reload.Reload(build);
        var summary = result is null
            ? "nothing rebuilt"
            : string.Create(CultureInfo.InvariantCulture, $"{result.Parsed.Count} parsed, {result.BodiesAnalysed} bodies read, {result.FilesRendered} files rendered, {result.FilesWritten} files written, {result.FilesDeleted} deleted");
        var outcome = errors.Count == 0 ? "" : string.Create(CultureInfo.InvariantCulture, $", {errors.Count} error{(errors.Count == 1 ? "" : "s")} (last good pages kept)");
        var afterSave = firstSeen == 0 ? "" : string.Create(CultureInfo.InvariantCulture, $" ({Stopwatch.GetElapsedTime(firstSeen).TotalMilliseconds:0} ms after the save)");
        context.Terminal.Info(string.Create(CultureInfo.InvariantCulture, $"{what}: {summary}{outcome}, {stopwatch.Elapsed.TotalMilliseconds:0} ms{afterSave}"));
        foreach (var phase in result?.Phases ?? [])
        {
            context.Terminal.Detail(string.Create(CultureInfo.InvariantCulture, $"  {phase.Name}: {phase.Elapsed.TotalMilliseconds:0} ms, {phase.AllocatedBytes / 1_000_000} MB allocated"));
        }
    }
}
