using System.Collections.Concurrent;

namespace Reader.Site.Incremental;

/// <summary>
/// What the last builds wrote, by output path: a fingerprint of the inputs each file was made from and the
/// SHA-256 of its bytes. A file whose inputs are unchanged is not rendered again; a file whose new bytes hash
/// the same is not written again (its modification time stays); a file no build produces any more can be deleted.
/// </summary>
public sealed class OutputState
{
    private readonly ConcurrentDictionary<string, Entry> _entries = new(StringComparer.OrdinalIgnoreCase);

    public bool HasInputs(string outputPath, byte[] inputs) =>
        _entries.TryGetValue(outputPath, out var entry) && entry.Inputs is { } previous && previous.AsSpan().SequenceEqual(inputs);

    public bool HasContent(string outputPath, byte[] content) =>
        _entries.TryGetValue(outputPath, out var entry) && entry.Content.AsSpan().SequenceEqual(content);

    public void Record(string outputPath, byte[]? inputs, byte[] content) => _entries[outputPath] = new Entry(inputs, content);

    /// <summary>Paths written by an earlier build that <paramref name="current"/> no longer holds.</summary>
    public IReadOnlyList<string> Stale(IEnumerable<string> current)
    {
        var keep = current.ToHashSet(StringComparer.OrdinalIgnoreCase);
        return [.. _entries.Keys.Where(p => !keep.Contains(p)).Order(StringComparer.Ordinal)];
    }

    public void Forget(string outputPath) => _entries.TryRemove(outputPath, out _);

    /// <summary>The templates changed, so the same inputs no longer make the same file: every page must render again.</summary>
    public void ForgetInputs()
    {
        foreach (var (path, entry) in _entries)
        {
            _entries[path] = entry with { Inputs = null };
        }
    }

    private sealed record Entry(byte[]? Inputs, byte[] Content);
}
