namespace Reader.Content;

/// <summary>
/// Lists and checks the files of a folder Reader reads (<c>input/</c>, <c>seeds/</c>, <c>theme/</c>) without
/// following a symbolic link out of it: a link to a file elsewhere (<c>/etc/passwd</c>, a key in the home folder)
/// would otherwise be read and published. A link that stays inside the folder is followed.
/// </summary>
public static class FolderFiles
{
    /// <summary>Where <paramref name="path"/> (a file, or the folder holding it) links to when that is outside <paramref name="root"/>; null otherwise.</summary>
    public static string? LinkOutside(string path, string root)
    {
        var full = Path.GetFullPath(root);
        foreach (FileSystemInfo entry in new[] { new FileInfo(path), (FileSystemInfo)new DirectoryInfo(Path.GetDirectoryName(Path.GetFullPath(path))!) })
        {
            if (LeavesFolder(entry, full) is { } target)
            {
                return target;
            }
        }

        return null;
    }

    /// <summary>
    /// Every file below <paramref name="folder"/>, in ordinal order, not entering or returning a symbolic link that
    /// leads outside <paramref name="root"/>; each one refused is passed to <paramref name="refused"/> with its target.
    /// </summary>
    public static IReadOnlyList<string> Enumerate(string folder, string root, Action<string, string> refused)
    {
        var files = new List<string>();
        if (!Directory.Exists(folder))
        {
            return files;
        }

        var full = Path.GetFullPath(root);
        var pending = new Stack<string>([folder]);
        while (pending.TryPop(out var directory))
        {
            foreach (var entry in new DirectoryInfo(directory).EnumerateFileSystemInfos().OrderByDescending(e => e.Name, StringComparer.Ordinal))
            {
                if (LeavesFolder(entry, full) is { } target)
                {
                    refused(entry.FullName, target);
                }
                else if (entry is DirectoryInfo)
                {
                    pending.Push(entry.FullName);
                }
                else
                {
                    files.Add(entry.FullName);
                }
            }
        }

        files.Sort(StringComparer.Ordinal);
        return files;
    }

    private static string? LeavesFolder(FileSystemInfo entry, string root)
    {
        if (entry.LinkTarget is not { } target)
        {
            return null;
        }

        var resolved = entry.ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? Path.GetFullPath(target, Path.GetDirectoryName(entry.FullName)!);
        return resolved.StartsWith(Path.TrimEndingDirectorySeparator(root) + Path.DirectorySeparatorChar, StringComparison.Ordinal) ? null : target;
    }
}
