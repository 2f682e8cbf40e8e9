using System.Runtime;

namespace Reader.Cli.Serve;

/// <summary>
/// Keeps garbage collection out of rebuilds. A rebuild after one edit allocates in proportion to the site (180 MB at
/// 10,000 articles), and a collection while the session's cached state fills the heap pauses 50-100 ms. So while
/// the preview is idle the heap is collected and a no-GC region as large as the last rebuild's allocation, with
/// headroom, is opened; the next rebuild runs inside it. A rebuild that allocates more only ends the region early:
/// the runtime then collects as it always does.
/// </summary>
public sealed class RebuildHeap
{
    // Small sites' rebuilds fit in the collector's own budget; the runtime refuses regions much larger than this.
    private const long SmallestRegion = 32L << 20;
    private const long LargestRegion = 512L << 20;

    private long _lastRebuild;

    /// <summary>Runs a rebuild and remembers what it allocated, to size the next region.</summary>
    public void Measure(Action rebuild)
    {
        var before = GC.GetTotalAllocatedBytes();
        rebuild();
        _lastRebuild = GC.GetTotalAllocatedBytes() - before;
    }

    /// <summary>Collects what the last rebuild left, then reserves room for the next one.</summary>
    public void Idle()
    {
        EndRegion();
        GC.Collect();
        var size = Math.Min(LargestRegion, _lastRebuild * 3 / 2);
        if (size < SmallestRegion)
        {
            return;
        }

        try
        {
            GC.TryStartNoGCRegion(size);
        }
        catch (ArgumentOutOfRangeException)
        {
            // Larger than this runtime's ephemeral space allows: rebuild with ordinary collections.
        }
    }

    private static void EndRegion()
    {
        if (GCSettings.LatencyMode != GCLatencyMode.NoGCRegion)
        {
            return;
        }

        try
        {
            GC.EndNoGCRegion();
        }
        catch (InvalidOperationException)
        {
            // The region ran out and the runtime has already left it.
        }
    }
}
