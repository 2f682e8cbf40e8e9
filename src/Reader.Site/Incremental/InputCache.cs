using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using Reader.Content;
using Reader.Site.Model;

namespace Reader.Site.Incremental;

/// <summary>
/// What each input file parsed to last time, keyed by its path and the SHA-256 of its text: a file whose
/// bytes did not change is never parsed again, and its diagnostics are reported again as they were. A file whose
/// size and modification time are unchanged is not even read, unless it was modified so close to the last read
/// that a second change could hide in the same clock tick.
/// </summary>
public sealed class InputCache
{
    /// <summary>Time a file must have been left alone before it was read for its size and time to be trusted.</summary>
    private static readonly TimeSpan SettleTime = TimeSpan.FromSeconds(2);

    private readonly ConcurrentDictionary<string, Entry> _entries = new(StringComparer.Ordinal);
    private readonly ConcurrentBag<string> _parsed = [];
    private readonly ConcurrentDictionary<string, byte> _seen = new(StringComparer.Ordinal);
    private HashSet<string>? _changed;

    /// <summary>Display paths of the files parsed since <see cref="BeginBuild"/>, in path order.</summary>
    public IReadOnlyList<string> Parsed => [.. _parsed.Order(StringComparer.Ordinal)];

    /// <param name="changed">Files a watcher saw change; the others, if settled, are reused without a look (see <see cref="SiteSession.Build"/>).</param>
    public void BeginBuild(IEnumerable<string>? changed = null)
    {
        _parsed.Clear();
        _seen.Clear();
        _changed = changed?.Select(Path.GetFullPath).ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>
    /// The cached result, without reading the file, when its size and modification time are as they were, or when
    /// a watcher's list of changed files was given and does not name it.
    /// </summary>
    public bool TryReuse<T>(InputFile file, DiagnosticBag diagnostics, out T? value)
        where T : class
    {
        value = null;
        if (!_entries.TryGetValue(file.FullPath, out var cached) || cached.Stamp is not { } stamp || cached.Value is not (T or null))
        {
            return false;
        }

        if (_changed is null || _changed.Contains(file.FullPath))
        {
            var info = new FileInfo(file.FullPath);
            if (!info.Exists || info.Attributes.HasFlag(FileAttributes.ReparsePoint) || FileStamp.Of(info) != stamp)
            {
                return false;
            }
        }

        _seen[file.FullPath] = 0;
        diagnostics.AddRange(cached.Diagnostics);
        value = cached.Value as T;
        return true;
    }

    /// <summary>The cached result when the file's text is unchanged, else <paramref name="parse"/>'s, remembered.</summary>
    public T? Read<T>(InputFile file, string text, DiagnosticBag diagnostics, Func<InputFile, string, DiagnosticBag, T?> parse)
        where T : class
    {
        _seen[file.FullPath] = 0;
        var stamp = SettledStamp(file.FullPath);
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(text));
        if (_entries.TryGetValue(file.FullPath, out var cached) && cached.Hash.AsSpan().SequenceEqual(hash) && cached.Value is T or null)
        {
            _entries[file.FullPath] = cached with { Stamp = stamp };
            diagnostics.AddRange(cached.Diagnostics);
            return cached.Value as T;
        }

        var own = new DiagnosticBag();
        var value = parse(file, text, own);
        diagnostics.AddRange(own.Items);
        _entries[file.FullPath] = new Entry(hash, value, own.Items, stamp);
        _parsed.Add(file.DisplayPath);
        return value;
    }

    /// <summary>Forgets files not read since <see cref="BeginBuild"/>: they were deleted or renamed.</summary>
    public void EndBuild()
    {
        foreach (var path in _entries.Keys.Where(p => !_seen.ContainsKey(p)))
        {
            _entries.TryRemove(path, out _);
        }
    }

    /// <summary>
    /// The file's size and time, or null when they cannot be trusted next time: the file changed too recently, or
    /// it is a symbolic link, whose target a watcher does not report on.
    /// </summary>
    private static FileStamp? SettledStamp(string path)
    {
        var info = new FileInfo(path);
        return info.Exists && !info.Attributes.HasFlag(FileAttributes.ReparsePoint) && DateTime.UtcNow - info.LastWriteTimeUtc > SettleTime
            ? FileStamp.Of(info)
            : null;
    }

    private sealed record Entry(byte[] Hash, object? Value, IReadOnlyList<Diagnostic> Diagnostics, FileStamp? Stamp);

    private readonly record struct FileStamp(long Length, DateTime Modified)
    {
        public static FileStamp Of(FileInfo info) => new(info.Length, info.LastWriteTimeUtc);
    }
}
