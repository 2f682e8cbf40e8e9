namespace Reader.Site;

/// <summary>One step of a build: how long it took and how much memory it allocated (what the collector then had to clear).</summary>
public sealed record BuildPhase(string Name, TimeSpan Elapsed, long AllocatedBytes);
