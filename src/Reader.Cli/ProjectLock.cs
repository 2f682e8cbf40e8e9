using System.Globalization;
using Reader.Content;

namespace Reader.Cli;

/// <summary>
/// One <c>reader</c> process at a time may write a project's <c>input/</c> and <c>output/</c>: ingest, build and serve
/// hold an exclusive lock on <c>.reader.lock</c> at the project root; a second one stops with a clear message
/// instead of interleaving writes. The operating system releases the lock when a process dies.
/// </summary>
/// <remarks>
/// Who holds the lock is written to <see cref="OwnerFileName"/> beside it rather than into the lock file: .NET opens
/// every file with an advisory lock of its own (shared for reading), which the exclusive lock on <c>.reader.lock</c>
/// refuses, so a second process could never read the holder from the locked file itself.
/// </remarks>
public sealed class ProjectLock : IDisposable
{
    public const string FileName = ".reader.lock";

    public const string OwnerFileName = ".reader.lock.owner";

    private readonly FileStream _stream;

    private ProjectLock(FileStream stream) => _stream = stream;

    public static ProjectLock? TryAcquire(string projectRoot, string command, out Diagnostic? problem)
    {
        var path = Path.Combine(projectRoot, FileName);
        FileStream stream;
        try
        {
            stream = new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
        }
        catch (IOException)
        {
            problem = Diagnostic.Error(FileName, null, $"another reader process{ReadOwner(projectRoot)} is working on this project",
                "wait for it to finish (a running 'reader serve' rebuilds by itself), then run the command again");
            return null;
        }
        catch (UnauthorizedAccessException e)
        {
            problem = Diagnostic.Error(FileName, null, $"cannot create the project's lock file: {e.Message}", "check that you may write to the project folder");
            return null;
        }

        var owner = string.Create(CultureInfo.InvariantCulture, $"{Environment.ProcessId} {command}\n");
        try
        {
            stream.SetLength(0);
            using (var writer = new StreamWriter(stream, leaveOpen: true))
            {
                writer.Write(owner);
            }

            File.WriteAllText(Path.Combine(projectRoot, OwnerFileName), owner);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // The lock is held; only the note of who holds it could not be written (a full disk): carry on without it.
        }

        problem = null;
        return new ProjectLock(stream);
    }

    public void Dispose() => _stream.Dispose();

    /// <summary>" (pid 1234, reader serve)", or "" when the note is missing or names a process that has gone.</summary>
    private static string ReadOwner(string projectRoot)
    {
        try
        {
            var parts = File.ReadAllText(Path.Combine(projectRoot, OwnerFileName)).Trim().Split(' ', 2);
            return parts.Length == 2 && int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var pid) && IsRunning(pid)
                ? $" (pid {pid.ToString(CultureInfo.InvariantCulture)}, reader {parts[1]})"
                : "";
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return "";
        }
    }

    private static bool IsRunning(int pid)
    {
        try
        {
            using var process = System.Diagnostics.Process.GetProcessById(pid);
            return !process.HasExited;
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException)
        {
            return false;
        }
    }
}
