using Reader.Content;
using Reader.Site.Outputs;

namespace Reader.Cli.Settings;

/// <summary>
/// Decides whether a folder may be a build's output, which every build replaces whole. Refused: the project itself
/// or a folder holding it, a folder that is, holds or lies inside the input, seeds, templates or <c>.git</c>, a file,
/// and a folder with files Reader did not write (no <see cref="OutputMarker"/>). Allowed: a new or empty folder, a
/// marked one, and an unmarked one that holds only what an earlier build writes, which the build then marks.
/// </summary>
public static class OutputFolderGuard
{
    /// <param name="output">The output folder, absolute.</param>
    /// <param name="protectedFolders">The folders a build reads, by what they are called in messages ("input", "seeds" …).</param>
    /// <param name="shown">The output folder as the message shows it, e.g. "output/" or "--output site".</param>
    /// <returns>Why the folder is refused, or null; <paramref name="adopted"/> is true for an earlier build's folder.</returns>
    public static Diagnostic? Check(string projectRoot, string output, IEnumerable<(string Name, string Folder)> protectedFolders, string shown, out bool adopted)
    {
        adopted = false;
        const string Hint = "build into a folder of its own, e.g. 'output' (the default)";
        if (ProjectPaths.IsSameOrInside(projectRoot, output))
        {
            var what = ProjectPaths.Normal(projectRoot) == ProjectPaths.Normal(output) ? "is the project folder itself" : "holds the project folder";
            return Diagnostic.Error(shown, null, $"the output folder {what}; a build replaces its output folder whole and would delete the project", Hint);
        }

        foreach (var (name, folder) in protectedFolders.Append((".git", Path.Combine(projectRoot, ".git"))))
        {
            if (ProjectPaths.Overlap(output, folder))
            {
                var relation = ProjectPaths.Normal(output) == ProjectPaths.Normal(folder) ? "is" : ProjectPaths.IsInside(output, folder) ? "lies inside" : "holds";
                return Diagnostic.Error(shown, null, $"the output folder {relation} the {name} folder ({Path.GetFileName(ProjectPaths.Normal(folder))}/); a build replaces its output folder whole and would delete it", Hint);
            }
        }

        if (File.Exists(output))
        {
            return Diagnostic.Error(shown, null, "the output folder is a file", "remove the file or build into another folder");
        }

        if (!Directory.Exists(output) || OutputMarker.IsMarked(output) || !Directory.EnumerateFileSystemEntries(output).Any())
        {
            return null;
        }

        if (OutputMarker.LooksLikeEarlierBuild(output))
        {
            adopted = true;
            return null;
        }

        return Diagnostic.Error(shown, null,
            $"the output folder holds files Reader did not write (it has no {OutputMarker.FileName} marker), and a build replaces the folder whole",
            "build into a new or empty folder, or move those files elsewhere first");
    }
}
