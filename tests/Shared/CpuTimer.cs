using System.Diagnostics;

namespace Reader.Testing;

/// <summary>
/// Measures work as this process's CPU time, not wall time: other processes on a busy machine (CI runs test
/// assemblies side by side) stretch wall time but not the CPU a run consumes. A run is repeated until enough
/// CPU time has passed to rise above the clock's granularity; the best of three rounds is kept.
/// </summary>
public static class CpuTimer
{
    private static readonly TimeSpan Enough = TimeSpan.FromMilliseconds(150);

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
