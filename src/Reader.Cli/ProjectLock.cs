using Reader.Content;

namespace Reader.Cli;

/// <summary>
/// One <c>reader</c> process at a time may write a project's <c>input/</c> and <c>output/</c>: ingest, build and serve
/// hold an exclusive lock on <c>.reader.lock</c> at the project root; a second one stops with a clear message
/// instead of interleaving writes. The operating system releases the lock when a process dies.
/// </summary>
public sealed class ProjectLock : IDisposable
{
    public const string FileName = ".reader.lock";

    private readonly FileStream _stream;

    private ProjectLock(FileStream stream) => _stream = stream;

    public static ProjectLock? TryAcquire(string projectRoot, string command, out Diagnostic? problem)
    {
        var path = Path.Combine(projectRoot, FileName);
        try
        {
            var stream = new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            stream.SetLength(0);
            using (var writer = new StreamWriter(stream, leaveOpen: true))
            {
                writer.Write($"{Environment.ProcessId} {command}\n");
            }

            problem = null;
            return new ProjectLock(stream);
        }
        catch (IOException)
        {
            var holder = ReadHolder(path);
            problem = Diagnostic.Error(FileName, null, $"another reader process{holder} is working on this project",
                "wait for it to finish (a running 'reader serve' rebuilds by itself), then run the command again");
            return null;
        }
    }

    public void Dispose() => _stream.Dispose();

    private static string ReadHolder(string path)
    {
        try
        {
            using var reader = new StreamReader(new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite));
            var parts = (reader.ReadLine() ?? "").Split(' ', 2);
            return parts.Length == 2 ? $" (pid {parts[0]}, reader {parts[1]})" : "";
        }
        catch (IOException)
        {
            return "";
        }
    }
}
