using System.Diagnostics;
using System.Globalization;
using System.Runtime;

namespace Reader.Cli.Output;

/// <summary>
/// What the .NET runtime spent on a command besides the work itself, for <c>--verbose</c>: compiling code the
/// ReadyToRun image did not hold, and collecting garbage. On small sites these, not the phases, decide the time.
/// </summary>
public static class RuntimeStats
{
    public static string Line()
    {
        using var process = Process.GetCurrentProcess();
        var sinceStart = DateTime.Now - process.StartTime;
        var heap = GC.GetGCMemoryInfo();
        return string.Create(CultureInfo.InvariantCulture,
            $"  runtime: {JitInfo.GetCompiledMethodCount()} methods compiled ({JitInfo.GetCompilationTime().TotalSeconds:0.000} s), " +
            $"{GC.CollectionCount(0)}/{GC.CollectionCount(1)}/{GC.CollectionCount(2)} collections of generation 0/1/2 " +
            $"({GC.GetTotalPauseDuration().TotalSeconds:0.000} s paused, {GC.GetTotalAllocatedBytes() / 1_000_000} MB allocated), " +
            $"{(GCSettings.IsServerGC ? "server" : "workstation")} GC, peak memory {process.PeakWorkingSet64 / 1_000_000} MB " +
            $"(the collected heap's at its last collection: {heap.HeapSizeBytes / 1_000_000} MB, {heap.TotalCommittedBytes / 1_000_000} MB committed), " +
            $"{sinceStart.TotalSeconds:0.000} s since the process started");
    }
}
