using System.Diagnostics;

namespace Reader.Ingest.Tests.Evaluation;

/// <summary>
/// The real-page development set (<c>../shared/extraction-dev</c>, or the folder <c>EXTRACTION_DEV</c> names): 491
/// hand-labelled pages as HTML and as w3m dumps, and its scorer. It is read where it lies, never copied into the project.
/// </summary>
public static class RealPages
{
    public static string Folder =>
        Environment.GetEnvironmentVariable("EXTRACTION_DEV") is { Length: > 0 } folder ? folder : Path.Combine(RepoPaths.Root, "..", "shared", "extraction-dev");

    /// <summary>Why the set cannot be used here, or null when it can.</summary>
    public static string? MissingReason =>
        !File.Exists(Path.Combine(Folder, "pages.tar.xz")) ? $"the development set is not at {Path.GetFullPath(Folder)} (set EXTRACTION_DEV to its folder)"
        : !Runs("tar", "--version") ? "tar is not installed"
        : !Runs("python3", "--version") ? "python3 is not installed (the set's score.py needs it)"
        : null;

    /// <summary>Unpacks the pages into <paramref name="into"/>: <c>html/ID.html</c> and <c>txt/ID.txt</c>.</summary>
    public static void Unpack(string into) => Run("tar", "-xJf", Path.Combine(Folder, "pages.tar.xz"), "-C", into);

    /// <summary>The set's own scorer over a folder of <c>ID.md</c> outputs: its one-line summary.</summary>
    public static string Score(string outputs) => Run("python3", Path.Combine(Folder, "score.py"), outputs);

    private static bool Runs(string program, string argument)
    {
        try
        {
            Run(program, argument);
            return true;
        }
        catch (Exception e) when (e is System.ComponentModel.Win32Exception or InvalidOperationException)
        {
            return false;
        }
    }

    private static string Run(string program, params string[] arguments)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEnd();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        return process.ExitCode == 0 ? output : throw new InvalidOperationException($"{program} failed: {error}");
    }
}
