using Reader.Content;

namespace Reader.Cli.Settings;

/// <summary>The project a command works on: its root folder (where <c>statiq.json</c> is) and its settings.</summary>
public sealed record ProjectContext(string Root, ReaderSettings Settings)
{
    /// <summary>The nearest folder at or above the working directory holding <c>statiq.json</c>, else the working directory.</summary>
    public static string FindRoot(string start)
    {
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, SettingsLoader.FileName)))
            {
                return dir.FullName;
            }
        }

        return start;
    }

    public string Resolve(string path) => Path.GetFullPath(Path.Combine(Root, path));

    public string Relative(string path) => Path.GetRelativePath(Root, path).Replace('\\', '/');

    /// <summary>The diagnostic with a full path made relative to the project, as every message shows paths.</summary>
    public Diagnostic Shown(Diagnostic diagnostic) =>
        Path.IsPathRooted(diagnostic.Path) ? diagnostic with { Path = Relative(diagnostic.Path) } : diagnostic;
}
