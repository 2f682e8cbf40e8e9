using System.Diagnostics;

namespace Reader.Site;

/// <summary>How long each step of a build took and what it allocated, so <c>--verbose</c> shows where the time goes.</summary>
public sealed class BuildPhases
{
    private readonly List<BuildPhase> _phases = [];

    public IReadOnlyList<BuildPhase> Items => _phases;

    public T Time<T>(string name, Func<T> work)
    {
        var allocated = GC.GetTotalAllocatedBytes();
        var stopwatch = Stopwatch.StartNew();
        var result = work();
        var elapsed = stopwatch.Elapsed;
        using var process = Process.GetCurrentProcess();
        _phases.Add(new BuildPhase(name, elapsed, GC.GetTotalAllocatedBytes() - allocated, process.PeakWorkingSet64));
        return result;
    }

    public void Time(string name, Action work) => Time(name, () =>
    {
        work();
        return 0;
    });
}
