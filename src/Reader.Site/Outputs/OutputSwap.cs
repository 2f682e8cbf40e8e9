namespace Reader.Site.Outputs;

/// <summary>
/// Makes a build all-or-nothing: the site is written to a staging folder beside the output folder and swapped
/// in only when the build succeeded. A failed, interrupted or killed build leaves the previous output as it was;
/// the next build removes its leftovers, and restores the previous output if a kill fell between the two renames.
/// </summary>
public sealed class OutputSwap
{
    private const string StagingMark = ".building-";
    private const string PreviousMark = ".previous-";

    private OutputSwap(string outputDir, string staging)
    {
        OutputDir = outputDir;
        Staging = staging;
    }

    public string OutputDir { get; }

    /// <summary>Where this build writes.</summary>
    public string Staging { get; }

    public static OutputSwap Begin(string outputDir)
    {
        outputDir = Path.TrimEndingDirectorySeparator(Path.GetFullPath(outputDir));
        Recover(outputDir);
        var staging = Sibling(outputDir, StagingMark + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(staging);
        OutputMarker.Write(staging);
        return new OutputSwap(outputDir, staging);
    }

    /// <summary>Puts the staged site in place of the output folder.</summary>
    public void Commit()
    {
        var previous = Sibling(OutputDir, PreviousMark + Guid.NewGuid().ToString("N")[..12]);
        if (Directory.Exists(OutputDir))
        {
            Directory.Move(OutputDir, previous);
        }

        Directory.Move(Staging, OutputDir);
        if (Directory.Exists(previous))
        {
            Directory.Delete(previous, recursive: true);
        }
    }

    /// <summary>Throws the staged site away; the output folder is untouched.</summary>
    public void Abandon()
    {
        if (Directory.Exists(Staging))
        {
            Directory.Delete(Staging, recursive: true);
        }
    }

    /// <summary>Cleans up after builds that were killed: staged sites are deleted, a displaced output is restored.</summary>
    public static void Recover(string outputDir)
    {
        var parent = Path.GetDirectoryName(outputDir)!;
        if (!Directory.Exists(parent))
        {
            return;
        }

        var prefix = "." + Path.GetFileName(outputDir);
        foreach (var leftover in Directory.EnumerateDirectories(parent, prefix + StagingMark + "*"))
        {
            Directory.Delete(leftover, recursive: true);
        }

        foreach (var previous in Directory.EnumerateDirectories(parent, prefix + PreviousMark + "*").Order(StringComparer.Ordinal))
        {
            if (Directory.Exists(outputDir))
            {
                Directory.Delete(previous, recursive: true);
            }
            else
            {
                Directory.Move(previous, outputDir);
            }
        }
    }

    // Beside the output folder, so the final rename stays on one file system and is a single step.
    private static string Sibling(string outputDir, string mark) =>
        Path.Combine(Path.GetDirectoryName(outputDir)!, "." + Path.GetFileName(outputDir) + mark);
}
