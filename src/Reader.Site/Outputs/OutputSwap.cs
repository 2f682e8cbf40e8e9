using Reader.Content;

namespace Reader.Site.Outputs;

/// <summary>
/// Makes a build all-or-nothing: the site is written to a staging folder beside the output folder and swapped
/// in only when the build succeeded. A failed, interrupted or killed build leaves the previous output as it was;
/// the next build removes its leftovers, and restores the previous output if a kill fell between the two renames.
/// Nothing here throws on a file system failure (a read-only output folder, a full disk): each becomes a diagnostic,
/// and whatever this class made is removed again.
/// </summary>
public sealed class OutputSwap
{
    private const string StagingMark = ".building-";
    private const string PreviousMark = ".previous-";

    /// <summary>The mark of the folder <c>reader serve</c> builds its preview into (see the CLI's PublishedOutput).</summary>
    public const string ServingMark = ".serving-";

    private OutputSwap(string outputDir, string staging)
    {
        OutputDir = outputDir;
        Staging = staging;
    }

    public string OutputDir { get; }

    /// <summary>Where this build writes.</summary>
    public string Staging { get; }

    /// <summary>Cleans up after earlier builds and makes a staging folder; null, with errors in <paramref name="problems"/>, when the build cannot go ahead.</summary>
    public static OutputSwap? Begin(string outputDir, ICollection<Diagnostic> problems)
    {
        outputDir = Path.TrimEndingDirectorySeparator(Path.GetFullPath(outputDir));
        Recover(outputDir, problems);

        // A folder that cannot be emptied cannot be replaced: found now, before the build, not after the swap.
        if (ReadOnlyFolder(outputDir) is { } readOnly)
        {
            problems.Add(Diagnostic.Error(Shown(outputDir, readOnly), null, $"the folder is read-only, so the site in {Path.GetFileName(outputDir)}/ cannot be replaced",
                $"make it writable (e.g. chmod -R u+w {Path.GetFileName(outputDir)}), then build again"));
            return null;
        }

        var staging = Sibling(outputDir, StagingMark + Guid.NewGuid().ToString("N")[..12]);
        try
        {
            Directory.CreateDirectory(staging);
            OutputMarker.Write(staging);
            return new OutputSwap(outputDir, staging);
        }
        catch (Exception e) when (IoProblem.Is(e))
        {
            Remove(staging);
            problems.Add(Diagnostic.Error(outputDir, null, $"cannot write the site beside the output folder: {e.Message}", IoProblem.Hint(e)));
            return null;
        }
    }

    /// <summary>Puts the staged site in place of the output folder; false, with an error in <paramref name="problems"/> and the output folder as it was, when it cannot.</summary>
    public bool Commit(ICollection<Diagnostic> problems)
    {
        var previous = Sibling(OutputDir, PreviousMark + Guid.NewGuid().ToString("N")[..12]);
        try
        {
            if (Directory.Exists(OutputDir))
            {
                Directory.Move(OutputDir, previous);
            }

            Directory.Move(Staging, OutputDir);
        }
        catch (Exception e) when (IoProblem.Is(e))
        {
            // Put the previous site back where it was; the staged one goes.
            if (!Directory.Exists(OutputDir) && Directory.Exists(previous))
            {
                TryMove(previous, OutputDir);
            }

            Abandon();
            problems.Add(Diagnostic.Error(OutputDir, null, $"cannot put the new site in place of the output folder: {e.Message}", IoProblem.Hint(e)));
            return false;
        }

        if (!Remove(previous))
        {
            problems.Add(Diagnostic.Warning(Shown(OutputDir, previous), null, "the new site is in place, but the previous one could not be deleted",
                "delete the folder by hand; the next build tries again"));
        }

        return true;
    }

    /// <summary>Throws the staged site away; the output folder is untouched.</summary>
    public void Abandon() => Remove(Staging);

    /// <summary>Cleans up after builds that were killed: staged sites are deleted, a displaced output is restored.</summary>
    public static void Recover(string outputDir, ICollection<Diagnostic> problems)
    {
        var parent = Path.GetDirectoryName(outputDir)!;
        if (!Directory.Exists(parent))
        {
            return;
        }

        // Staged sites of killed builds, and the preview folder of a killed 'reader serve' (a build holds the project's
        // lock, so no preview is running).
        var prefix = "." + Path.GetFileName(outputDir);
        foreach (var leftover in Directory.EnumerateDirectories(parent, prefix + StagingMark + "*").Concat(Directory.EnumerateDirectories(parent, prefix + ServingMark + "*")).Order(StringComparer.Ordinal).ToList())
        {
            Cleaned(leftover);
        }

        foreach (var previous in Directory.EnumerateDirectories(parent, prefix + PreviousMark + "*").Order(StringComparer.Ordinal).ToList())
        {
            if (Directory.Exists(outputDir))
            {
                Cleaned(previous);
            }
            else if (!TryMove(previous, outputDir))
            {
                problems.Add(Diagnostic.Warning(Shown(outputDir, previous), null, "an interrupted build left the previous site here, and it could not be moved back",
                    $"rename it to {Path.GetFileName(outputDir)} by hand"));
            }
        }

        void Cleaned(string leftover)
        {
            if (!Remove(leftover))
            {
                problems.Add(Diagnostic.Warning(Shown(outputDir, leftover), null, "an earlier build left this folder, and it could not be deleted", "delete it by hand"));
            }
        }
    }

    /// <summary>
    /// Deletes one of this class's own folders (a staged or displaced site). A site that was made read-only is made
    /// writable first: the folder is Reader's to delete, and a leftover must not stop every later build.
    /// </summary>
    private static bool Remove(string folder)
    {
        if (!Directory.Exists(folder))
        {
            return true;
        }

        try
        {
            Directory.Delete(folder, recursive: true);
            return true;
        }
        catch (Exception e) when (IoProblem.Is(e))
        {
            MakeWritable(folder);
        }

        try
        {
            Directory.Delete(folder, recursive: true);
            return true;
        }
        catch (Exception e) when (IoProblem.Is(e))
        {
            return false;
        }
    }

    private static void MakeWritable(string folder)
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        foreach (var directory in Directory.EnumerateDirectories(folder, "*", new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true }).Prepend(folder))
        {
            try
            {
                File.SetUnixFileMode(directory, File.GetUnixFileMode(directory) | UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
            }
            catch (Exception e) when (IoProblem.Is(e))
            {
                // Not ours to change: the second attempt to delete says so.
            }
        }
    }

    /// <summary>
    /// The first folder of the output whose entries cannot be deleted: one without write permission for its owner (a
    /// folder someone made read-only), or a file system mounted read-only, which a probe file at the top finds.
    /// </summary>
    private static string? ReadOnlyFolder(string outputDir)
    {
        if (!Directory.Exists(outputDir))
        {
            return null;
        }

        var probe = Path.Combine(outputDir, ".reader-probe-" + Guid.NewGuid().ToString("N")[..12]);
        try
        {
            using (File.Create(probe, 1, FileOptions.DeleteOnClose))
            {
            }
        }
        catch (Exception e) when (IoProblem.Is(e))
        {
            return outputDir;
        }

        if (OperatingSystem.IsWindows())
        {
            return null;
        }

        var folders = Directory.EnumerateDirectories(outputDir, "*", new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = false, AttributesToSkip = 0 }).Prepend(outputDir);
        try
        {
            return folders.FirstOrDefault(IsReadOnly);
        }
        catch (Exception e) when (IoProblem.Is(e))
        {
            return outputDir;
        }
    }

    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    private static bool IsReadOnly(string folder) => (File.GetUnixFileMode(folder) & UnixFileMode.UserWrite) == 0;

    private static bool TryMove(string from, string to)
    {
        try
        {
            Directory.Move(from, to);
            return true;
        }
        catch (Exception e) when (IoProblem.Is(e))
        {
            return false;
        }
    }

    // Beside the output folder, so the final rename stays on one file system and is a single step.
    private static string Sibling(string outputDir, string mark) =>
        Path.Combine(Path.GetDirectoryName(outputDir)!, "." + Path.GetFileName(outputDir) + mark);

    /// <summary>Diagnostics name folders by their full path; the command line shows them relative to the project.</summary>
    private static string Shown(string outputDir, string folder) => folder;
}
