using System.Diagnostics;

namespace Reader.Cli.Tests.Hostile;

/// <summary>
/// Real file system faults for the tests: a folder the running user cannot write (made read-only for an ordinary
/// user; for root, whom permissions do not stop, the reader runs as <c>nobody</c>) and a disk that fills up (a small
/// tmpfs, which needs root).
/// </summary>
public static class FileSystemFaults
{
    private static readonly Lazy<string?> LazyMountProblem = new(ProbeMount);

    public static bool IsRoot => Environment.IsPrivilegedProcess;

    /// <summary>Why a small tmpfs cannot be mounted here, or null when it can.</summary>
    public static string? MountProblem => LazyMountProblem.Value;

    /// <summary>Why the read-only tests cannot run here, or null.</summary>
    public static string? ReadOnlyProblem =>
        OperatingSystem.IsWindows() ? "needs Unix permissions"
        : IsRoot && !File.Exists("/usr/bin/setpriv") ? "running as root, which permissions do not stop, and setpriv (util-linux) is missing to run as nobody"
        : null;

    /// <summary>A folder holding a tmpfs of <paramref name="kilobytes"/>; unmounted and deleted on dispose.</summary>
    public static IDisposable SmallDisk(string folder, int kilobytes)
    {
        Directory.CreateDirectory(folder);
        Run("mount", "-t", "tmpfs", "-o", $"size={kilobytes}k", "tmpfs", folder);
        return new Unmount(folder);
    }

    /// <summary>Runs <c>reader</c> as the current user, or, when that is root, as <c>nobody</c> (the project is handed to nobody first).</summary>
    public static (int Exit, string Output) RunReader(TempProject project, params string[] args)
    {
        if (!IsRoot)
        {
            var (exit, output, error) = project.Run(args);
            return (exit, output + error);
        }

        Run("chown", "-R", "nobody:nogroup", project.Root);
        var reader = Path.Combine(Path.GetDirectoryName(typeof(ReaderApp).Assembly.Location)!, "reader.dll");
        return Run("setpriv", ["--reuid=65534", "--regid=65534", "--clear-groups", "env", $"HOME={project.Root}", $"DOTNET_CLI_HOME={project.Root}", "DOTNET_NOLOGO=1", "dotnet", reader, .. args], project.Root);
    }

    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public static void MakeReadOnly(string folder, bool readOnly)
    {
        var mode = File.GetUnixFileMode(folder);
        File.SetUnixFileMode(folder, readOnly ? mode & ~(UnixFileMode.UserWrite | UnixFileMode.GroupWrite | UnixFileMode.OtherWrite) : mode | UnixFileMode.UserWrite);
    }

    /// <summary>Fills the disk holding <paramref name="folder"/> up to <paramref name="leaveKilobytes"/> free.</summary>
    public static string Fill(string folder, int leaveKilobytes)
    {
        var filler = Path.Combine(folder, "filler.bin");
        var info = new DriveInfo(folder);
        var size = Math.Max(0, info.AvailableFreeSpace - (leaveKilobytes * 1024L));
        using var stream = File.Create(filler);
        stream.Write(new byte[size]);
        return filler;
    }

    private static string? ProbeMount()
    {
        if (!OperatingSystem.IsLinux() || !IsRoot)
        {
            return "needs root on Linux to mount a small tmpfs (run the tests as root, as .ci/run does)";
        }

        var probe = Directory.CreateTempSubdirectory("reader-mount-probe-").FullName;
        try
        {
            using (SmallDisk(probe, 64))
            {
                return null;
            }
        }
        catch (InvalidOperationException e)
        {
            return $"cannot mount a tmpfs here ({e.Message.Trim()})";
        }
        finally
        {
            Directory.Delete(probe, recursive: true);
        }
    }

    private static (int Exit, string Output) Run(string program, IReadOnlyList<string> args, string? workingDirectory = null)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = workingDirectory ?? "" };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, output.Result + error);
    }

    private static void Run(string program, params string[] args)
    {
        var (exit, output) = Run(program, (IReadOnlyList<string>)args);
        if (exit != 0)
        {
            throw new InvalidOperationException($"{program} {string.Join(' ', args)}: {output}");
        }
    }

    private sealed class Unmount(string folder) : IDisposable
    {
        public void Dispose() => Run("umount", "-l", folder);
    }
}
