namespace Reader.Site.Model;

/// <summary>A file of <c>input/</c>: its absolute path, the path diagnostics show, and the slug its name gives.</summary>
public sealed record InputFile(string FullPath, string DisplayPath, string Stem)
{
    public static IReadOnlyList<InputFile> List(string inputDir, string folder)
    {
        var directory = Path.Combine(inputDir, folder);
        if (!Directory.Exists(directory))
        {
            return [];
        }

        var root = Path.GetFileName(Path.TrimEndingDirectorySeparator(Path.GetFullPath(inputDir)));
        return
        [
            .. Directory.EnumerateFiles(directory, "*.md")
                .Order(StringComparer.Ordinal)
                .Select(f => new InputFile(f, $"{root}/{folder}/{Path.GetFileName(f)}", Path.GetFileNameWithoutExtension(f))),
        ];
    }
}
