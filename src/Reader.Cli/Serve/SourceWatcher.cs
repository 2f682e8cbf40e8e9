using System.Diagnostics;
using System.Threading.Channels;

namespace Reader.Cli.Serve;

/// <summary>
/// Watches <c>seeds/</c>, <c>input/</c>, <c>theme/</c> and <c>statiq.json</c>. Editors save in bursts (a temp
/// file, a rename, a second write), so changes are collected until none has come for <see cref="Quiet"/> after
/// the last one and delivered as one <see cref="SourceChanges"/>; editor temp and swap files are ignored.
/// </summary>
public sealed class SourceWatcher : IDisposable
{
    /// <summary>Editors write a file's burst within milliseconds; waiting longer would only delay every preview.</summary>
    public static readonly TimeSpan Quiet = TimeSpan.FromMilliseconds(20);

    private readonly List<FileSystemWatcher> _watchers = [];
    private readonly Channel<(SourceKind Kind, string Path, long Seen, bool Lost)> _raw = Channel.CreateUnbounded<(SourceKind, string, long, bool)>();
    private readonly Channel<SourceChanges> _changes = Channel.CreateUnbounded<SourceChanges>();
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _loop;

    /// <param name="folders">Folders to watch with their subfolders; a folder that does not exist is skipped.</param>
    public SourceWatcher(IEnumerable<(SourceKind Kind, string Folder)> folders, string settingsFile)
    {
        foreach (var (kind, folder) in folders.Where(f => Directory.Exists(f.Folder)))
        {
            Watch(kind, folder, "*", subfolders: true);
        }

        Watch(SourceKind.Settings, Path.GetDirectoryName(settingsFile)!, Path.GetFileName(settingsFile), subfolders: false);
        _loop = Task.Run(() => Coalesce(_stop.Token));
    }

    /// <summary>The folders actually watched.</summary>
    public IEnumerable<string> Watched => _watchers.Where(w => w.IncludeSubdirectories).Select(w => w.Path);

    public ChannelReader<SourceChanges> Changes => _changes.Reader;

    /// <summary>Editors' temporary files (vim's .swp and 4913 probe, emacs' ~ and #…#, atomic writers' .*.tmp) and ingest's .incoming versions.</summary>
    public static bool IsIgnored(string path)
    {
        var name = Path.GetFileName(path);
        return name.Length == 0 || name.StartsWith('.') || name.StartsWith('#') || name.EndsWith('~') || name == "4913"
            || name.EndsWith(".tmp", StringComparison.OrdinalIgnoreCase) || name.EndsWith(".swp", StringComparison.Ordinal)
            || name.EndsWith(".swx", StringComparison.Ordinal) || Reader.Ingest.IncomingFile.IsIncoming(name);
    }

    public void Dispose()
    {
        _stop.Cancel();
        foreach (var watcher in _watchers)
        {
            watcher.Dispose();
        }

        _raw.Writer.TryComplete();
        try
        {
            _loop.Wait(TimeSpan.FromSeconds(1));
        }
        catch (AggregateException)
        {
            // The loop ends by cancellation.
        }

        _stop.Dispose();
    }

    private void Watch(SourceKind kind, string folder, string filter, bool subfolders)
    {
        var watcher = new FileSystemWatcher(folder, filter)
        {
            IncludeSubdirectories = subfolders,
            NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size,
        };
        void Add(string path)
        {
            if (!IsIgnored(path))
            {
                _raw.Writer.TryWrite((kind, path, Stopwatch.GetTimestamp(), false));
            }
        }

        watcher.Changed += (_, e) => Add(e.FullPath);
        watcher.Created += (_, e) => Add(e.FullPath);
        watcher.Deleted += (_, e) => Add(e.FullPath);
        watcher.Renamed += (_, e) =>
        {
            Add(e.OldFullPath);
            Add(e.FullPath);
        };

        // The kernel's event buffer overflowed: which files changed is unknown, so the folder stands for all of them.
        watcher.Error += (_, _) => _raw.Writer.TryWrite((kind, folder, Stopwatch.GetTimestamp(), true));
        watcher.EnableRaisingEvents = true;
        _watchers.Add(watcher);
    }

    private async Task Coalesce(CancellationToken stop)
    {
        try
        {
            while (await _raw.Reader.WaitToReadAsync(stop))
            {
                var files = new List<(SourceKind, string)>();
                var firstSeen = 0L;
                var lastSeen = 0L;
                var complete = true;
                while (true)
                {
                    while (_raw.Reader.TryRead(out var change))
                    {
                        firstSeen = firstSeen == 0 ? change.Seen : firstSeen;
                        lastSeen = change.Seen;
                        complete &= !change.Lost;
                        if (!files.Contains((change.Kind, change.Path)))
                        {
                            files.Add((change.Kind, change.Path));
                        }
                    }

                    // Quiet is counted from the last change, so a burst costs one wait, not one per event.
                    var wait = Quiet - Stopwatch.GetElapsedTime(lastSeen);
                    if (wait <= TimeSpan.Zero)
                    {
                        break;
                    }

                    await Task.Delay(wait, stop);
                }

                _changes.Writer.TryWrite(new SourceChanges(files, firstSeen, complete));
            }
        }
        catch (OperationCanceledException)
        {
            // Stopping.
        }
        finally
        {
            _changes.Writer.TryComplete();
        }
    }
}
