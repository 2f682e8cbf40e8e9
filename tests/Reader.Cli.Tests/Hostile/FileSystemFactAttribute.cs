namespace Reader.Cli.Tests.Hostile;

/// <summary>What a file system fault test needs of the machine.</summary>
public enum FileSystemNeed
{
    /// <summary>A folder the reader cannot write.</summary>
    ReadOnlyFolder,

    /// <summary>A small disk that fills up.</summary>
    SmallDisk,
}

/// <summary>A test of a real file system fault: skipped, with the reason in its name, where the machine cannot stage the fault.</summary>
public sealed class FileSystemFactAttribute : FactAttribute
{
    public FileSystemFactAttribute(FileSystemNeed need, [System.Runtime.CompilerServices.CallerMemberName] string test = "")
    {
        var problem = need == FileSystemNeed.SmallDisk ? FileSystemFaults.MountProblem : FileSystemFaults.ReadOnlyProblem;
        if (problem is not null)
        {
            Skip = problem;
            DisplayName = $"{nameof(HostileDiskTests)}.{test} (skipped: {problem})";
        }
    }
}
