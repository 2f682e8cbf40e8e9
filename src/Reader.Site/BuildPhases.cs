using System.Diagnostics;

namespace Reader.Site;

/// <summary>How long each step of a build took, so <c>--verbose</c> shows where the time goes.</summary>
public sealed class BuildPhases
{
    private readonly List<(string Name, TimeSpan Elapsed)> _phases = [];

    public IReadOnlyList<(string Name, TimeSpan Elapsed)> Items => _phases;

    public T Time<T>(string name, Func<T> work)
    {
        var stopwatch = Stopwatch.StartNew();
        var result = work();
        _phases.Add((name, stopwatch.Elapsed));
        return result;
    }

    public void Time(string name, Action work) => Time(name, () =>
    {
        work();
        return 0;
    });
}
