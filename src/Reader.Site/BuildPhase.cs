namespace Reader.Site;

/// <summary>One step of a build: how long it took and how much memory it allocated (what the collector then had to clear).</summary>
/// <param name="PeakBytes">The process's peak memory (resident) at the step's end: which step raised it shows what a large build holds.</param>
public sealed record BuildPhase(string Name, TimeSpan Elapsed, long AllocatedBytes, long PeakBytes);
