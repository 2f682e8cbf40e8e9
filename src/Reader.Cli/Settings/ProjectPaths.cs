namespace Reader.Cli.Settings;

/// <summary>How folders of a project relate: the same, one inside the other, or apart. Compared as full paths.</summary>
public static class ProjectPaths
{
    /// <summary>True when <paramref name="path"/> is <paramref name="folder"/> or lies inside it.</summary>
    public static bool IsSameOrInside(string path, string folder)
    {
        var (p, f) = (Normal(path), Normal(folder));
        return p == f || p.StartsWith(f + Path.DirectorySeparatorChar, StringComparison.Ordinal);
    }

    /// <summary>True when either folder is the other or lies inside it: writing one would touch the other.</summary>
    public static bool Overlap(string a, string b) => IsSameOrInside(a, b) || IsSameOrInside(b, a);

    /// <summary>True when <paramref name="path"/> lies strictly inside <paramref name="root"/>.</summary>
    public static bool IsInside(string path, string root) => IsSameOrInside(path, root) && Normal(path) != Normal(root);

    public static string Normal(string path) => Path.TrimEndingDirectorySeparator(Path.GetFullPath(path));
}
