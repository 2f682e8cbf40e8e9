using System.Diagnostics;

namespace Reader.Testing;

/// <summary>
/// Measures work as this process's CPU time, not wall time: other processes on a busy machine (CI runs test
/// assemblies side by side) stretch wall time but not the CPU a run consumes. A run is repeated until enough
/// CPU time has passed to rise above the clock's granularity; the best of three rounds is kept.
/// </summary>
public static class CpuTimer
{
    /// <summary>For 10× the input, linear growth gives about 10 and quadratic about 100; garbage collection on megabyte-sized inputs adds some.</summary>
    public const double MaxTenfoldRatio = 40;

    private static readonly TimeSpan Enough = TimeSpan.FromMilliseconds(150);

    /// <summary>Asserts that <paramref name="large"/>, on 10× the input of <paramref name="small"/>, costs less than <see cref="MaxTenfoldRatio"/> times its CPU time.</summary>
    public static void AssertGrowsLinearly(string what, Action small, Action large, Action<string> log)
    {
        var ratio = PerRun(large) / PerRun(small);
        log($"{what}: time ratio {ratio:F1} for 10× the input");
        Xunit.Assert.True(ratio < MaxTenfoldRatio, $"{what}: 10× the input took {ratio:F1}× the time");
    }

    /// <summary>Milliseconds of CPU one run of <paramref name="run"/> takes.</summary>
    public static double PerRun(Action run)
    {
        var best = double.MaxValue;
        using var process = Process.GetCurrentProcess();
        for (var round = 0; round < 3; round++)
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
            GC.Collect();
            process.Refresh();
            var start = process.TotalProcessorTime;
            var runs = 0;
            TimeSpan used;
            do
            {
                run();
                runs++;
                process.Refresh();
                used = process.TotalProcessorTime - start;
            }
            while (used < Enough);

            best = Math.Min(best, used.TotalMilliseconds / runs);
        }

        return best;
    }
}
