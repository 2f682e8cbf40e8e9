using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using Reader.Content;
using Reader.Site.Model;

namespace Reader.Site.Incremental;

/// <summary>
/// What each input file parsed to last time, keyed by its path and the SHA-256 of its text: a file whose
/// bytes did not change is never parsed again, and its diagnostics are reported again as they were.
/// </summary>
public sealed class InputCache
{
    private readonly ConcurrentDictionary<string, Entry> _entries = new(StringComparer.Ordinal);
    private readonly ConcurrentBag<string> _parsed = [];
    private readonly ConcurrentDictionary<string, byte> _seen = new(StringComparer.Ordinal);

    /// <summary>Display paths of the files parsed since <see cref="BeginBuild"/>, in path order.</summary>
    public IReadOnlyList<string> Parsed => [.. _parsed.Order(StringComparer.Ordinal)];

    public void BeginBuild()
    {
        _parsed.Clear();
        _seen.Clear();
    }

    /// <summary>The cached result when the file's text is unchanged, else <paramref name="parse"/>'s, remembered.</summary>
    public T? Read<T>(InputFile file, string text, DiagnosticBag diagnostics, Func<InputFile, string, DiagnosticBag, T?> parse)
        where T : class
    {
        _seen[file.FullPath] = 0;
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(text));
        if (_entries.TryGetValue(file.FullPath, out var cached) && cached.Hash.AsSpan().SequenceEqual(hash) && cached.Value is T or null)
        {
            diagnostics.AddRange(cached.Diagnostics);
            return cached.Value as T;
        }

        var own = new DiagnosticBag();
        var value = parse(file, text, own);
        diagnostics.AddRange(own.Items);
        _entries[file.FullPath] = new Entry(hash, value, own.Items);
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

    private sealed record Entry(byte[] Hash, object? Value, IReadOnlyList<Diagnostic> Diagnostics);
}
