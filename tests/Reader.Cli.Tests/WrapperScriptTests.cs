using System.Diagnostics;
using Reader.Testing;

namespace Reader.Cli.Tests;

/// <summary>
/// The README's fast command, <c>./reader</c>: it publishes Reader once, says so while it compiles, publishes again
/// only when the sources change, and runs the published program in the caller's folder with the caller's
/// arguments. A stand-in <c>dotnet</c> on the PATH records the publishes, so the test takes milliseconds.
/// </summary>
public sealed class WrapperScriptTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("reader-wrapper-").FullName;

    public WrapperScriptTests()
    {
        File.Copy(Path.Combine(Repository.Root, "reader"), Path.Combine(_root, "reader"));
        Directory.CreateDirectory(Path.Combine(_root, "src", "Reader.Cli"));
        File.WriteAllText(Path.Combine(_root, "src", "Reader.Cli", "Program.cs"), "// the sources");
        Directory.CreateDirectory(Path.Combine(_root, "fake"));
        Directory.CreateDirectory(Path.Combine(_root, "project"));

        // dotnet publish … -o DIR: logs its arguments and leaves a reader in DIR that says where and how it ran.
        var fake = Path.Combine(_root, "fake", "dotnet");
        File.WriteAllText(fake, """
            #!/bin/sh
            echo "$*" >> "$FAKE_LOG"
            while [ $# -gt 0 ]; do [ "$1" = "-o" ] && out=$2; shift; done
            mkdir -p "$out"
            printf '#!/bin/sh\necho "ran in $(pwd): $*"\n' > "$out/reader"
            chmod +x "$out/reader"
            """.Replace("\r", "", StringComparison.Ordinal));
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(fake, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
    }

    private string Log => Path.Combine(_root, "publish.log");

    [Fact]
    public void The_first_run_says_it_is_compiling_and_later_runs_reuse_the_program_until_a_source_changes()
    {
        var (output, error) = Run("build", "--quiet");
        Assert.Contains("first run: compiling Reader into .reader/", error, StringComparison.Ordinal);
        Assert.Equal($"ran in {Path.Combine(_root, "project")}: build --quiet", output.Trim());
        var publish = Assert.Single(File.ReadAllLines(Log));
        Assert.StartsWith($"publish {_root}/src/Reader.Cli ", publish, StringComparison.Ordinal);

        (output, error) = Run("serve");
        Assert.Equal("", error);
        Assert.EndsWith(": serve", output.Trim(), StringComparison.Ordinal);
        Assert.Single(File.ReadAllLines(Log));

        File.SetLastWriteTimeUtc(Path.Combine(_root, "src", "Reader.Cli", "Program.cs"), DateTime.UtcNow.AddMinutes(1));
        (_, error) = Run("build");
        Assert.Contains("the sources changed: compiling", error, StringComparison.Ordinal);
        Assert.Equal(2, File.ReadAllLines(Log).Length);
    }

    private (string Output, string Error) Run(params string[] arguments)
    {
        var start = new ProcessStartInfo("/bin/sh") { WorkingDirectory = Path.Combine(_root, "project"), RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Path.Combine(_root, "reader"));
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["PATH"] = Path.Combine(_root, "fake") + ":" + Environment.GetEnvironmentVariable("PATH");
        start.Environment["FAKE_LOG"] = Log;
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, error);
        return (output.Result, error);
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);
}
