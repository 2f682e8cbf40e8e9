using Reader.Testing;

namespace Reader.Cli.Tests.Hostile;

/// <summary>
/// A read-only output folder and a full disk: each is a message (no stack trace), leaves no temporary file or
/// staging folder behind, keeps the last good site, and the next run after the fault is fixed succeeds.
/// </summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public sealed class HostileDiskTests
{
    [FileSystemFact(FileSystemNeed.ReadOnlyFolder)]
    public void A_read_only_output_folder_is_a_message_and_the_next_build_recovers()
    {
        using var project = Project();
        Assert.Equal(0, FileSystemFaults.RunReader(project, "build", "-q").Exit);
        var before = project.Snapshot("output");
        FileSystemFaults.MakeReadOnly(project.PathOf("output/articles"), readOnly: true);

        var (exit, output) = FileSystemFaults.RunReader(project, "build");

        Assert.Equal(1, exit);
        Assert.Contains("output/articles: error: the folder is read-only, so the site in output/ cannot be replaced (make it writable (e.g. chmod -R u+w output), then build again)", output);
        Assert.Contains("build failed: output/ was left as it was", output);
        Assert.DoesNotContain("   at ", output);
        Assert.Equal(before, project.Snapshot("output"));
        Assert.Empty(Leftovers(project));

        FileSystemFaults.MakeReadOnly(project.PathOf("output/articles"), readOnly: false);
        var (again, log) = FileSystemFaults.RunReader(project, "build", "-q");
        Assert.True(again == 0, log);
        Assert.Empty(Leftovers(project));
    }

    [FileSystemFact(FileSystemNeed.ReadOnlyFolder)]
    public void A_read_only_site_left_behind_by_an_earlier_version_does_not_stop_later_builds()
    {
        using var project = Project();
        Assert.Equal(0, FileSystemFaults.RunReader(project, "build", "-q").Exit);

        // What a crash of an earlier version left: the displaced, read-only site beside the new one.
        var leftover = project.PathOf(".output.previous-0123456789ab");
        Repository.CopyFolder(project.PathOf("output"), leftover);
        FileSystemFaults.MakeReadOnly(Path.Combine(leftover, "articles"), readOnly: true);
        FileSystemFaults.MakeReadOnly(leftover, readOnly: true);

        var (exit, output) = FileSystemFaults.RunReader(project, "build", "-q");

        Assert.True(exit == 0, output);
        Assert.Empty(Leftovers(project));
    }

    [FileSystemFact(FileSystemNeed.SmallDisk)]
    public void A_full_disk_during_ingest_is_a_message_and_leaves_no_temporary_files()
    {
        using var project = new TempProject();
        var disk = project.PathOf("disk");
        using var mounted = FileSystemFaults.SmallDisk(disk, 2048);
        Repository.CopyFolder(project.PathOf("seeds"), Path.Combine(disk, "seeds"));
        Repository.CopyFolder(project.PathOf("input"), Path.Combine(disk, "input"));
        File.WriteAllText(Path.Combine(disk, "statiq.json"), "{}\n");
        var filler = FileSystemFaults.Fill(disk, leaveKilobytes: 8);

        var (exit, output, error) = Run(disk, "ingest");

        Assert.Equal(1, exit);
        Assert.Contains(": error: cannot write its article: No space left on device", error);
        Assert.Contains("(free some disk space, then run the command again)", error);
        Assert.DoesNotContain("   at ", output + error);
        Assert.Empty(Directory.EnumerateFiles(Path.Combine(disk, "input"), "*.tmp", SearchOption.AllDirectories));

        File.Delete(filler);
        var (again, _, log) = Run(disk, "ingest");
        Assert.True(again == 0, log);
        Assert.Equal(5, Directory.GetFiles(Path.Combine(disk, "input", "articles"), "*.md").Length);
    }

    [FileSystemFact(FileSystemNeed.SmallDisk)]
    public void A_full_disk_during_a_build_keeps_the_last_site_and_leaves_nothing_behind()
    {
        using var project = Project();
        var disk = project.PathOf("disk");
        using var mounted = FileSystemFaults.SmallDisk(disk, 4096);
        foreach (var folder in new[] { "input", "theme" })
        {
            Repository.CopyFolder(project.PathOf(folder), Path.Combine(disk, folder));
        }

        File.WriteAllText(Path.Combine(disk, "statiq.json"), "{}\n");
        Assert.Equal(0, Run(disk, "build", "-q").Exit);
        var before = Snapshot(Path.Combine(disk, "output"));
        var filler = FileSystemFaults.Fill(disk, leaveKilobytes: 64);

        var (exit, output, error) = Run(disk, "build");

        Assert.Equal(1, exit);
        Assert.True(error.Contains("output: error: could not write the site: No space left on device", StringComparison.Ordinal) || error.Contains("output: error: cannot write the site beside the output folder: No space left on device", StringComparison.Ordinal), error);
        Assert.Contains("build failed: output/ was left as it was", error);
        Assert.DoesNotContain("   at ", output + error);
        Assert.Equal(before, Snapshot(Path.Combine(disk, "output")));
        Assert.Empty(Directory.GetDirectories(disk, ".output.*"));

        File.Delete(filler);
        Assert.Equal(0, Run(disk, "build", "-q").Exit);
        Assert.Empty(Directory.GetDirectories(disk, ".output.*"));
    }

    private static TempProject Project()
    {
        var project = new TempProject();
        project.CopyTheme();
        return project;
    }

    private static (int Exit, string Out, string Err) Run(string root, params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exit = ReaderApp.Run(args, root, output, error);
        return (exit, output.ToString(), error.ToString());
    }

    private static Dictionary<string, string> Snapshot(string folder) =>
        Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).ToDictionary(f => Path.GetRelativePath(folder, f), f => Convert.ToBase64String(File.ReadAllBytes(f)));

    private static IEnumerable<string> Leftovers(TempProject project) =>
        Directory.EnumerateDirectories(project.Root, ".output.*").Concat(Directory.EnumerateFiles(project.Root, "*.tmp", SearchOption.AllDirectories));
}
