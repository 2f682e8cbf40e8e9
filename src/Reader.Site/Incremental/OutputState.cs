using System.Collections.Concurrent;

namespace Reader.Site.Incremental;

/// <summary>
/// The SHA-256 of every file the last builds wrote, by output path: a file whose new bytes hash the same is
/// not written again (its modification time stays), and a file no build produces any more can be deleted.
/// </summary>
public sealed class OutputState
{
    private readonly ConcurrentDictionary<string, byte[]> _hashes = new(StringComparer.OrdinalIgnoreCase);

    public bool IsUnchanged(string outputPath, byte[] hash) =>
        _hashes.TryGetValue(outputPath, out var previous) && previous.AsSpan().SequenceEqual(hash);

    public void Record(string outputPath, byte[] hash) => _hashes[outputPath] = hash;

    /// <summary>Paths written by an earlier build that <paramref name="current"/> no longer holds.</summary>
    public IReadOnlyList<string> Stale(IEnumerable<string> current)
    {
        var keep = current.ToHashSet(StringComparer.OrdinalIgnoreCase);
        return [.. _hashes.Keys.Where(p => !keep.Contains(p)).Order(StringComparer.Ordinal)];
    }

    public void Forget(string outputPath) => _hashes.TryRemove(outputPath, out _);
}
