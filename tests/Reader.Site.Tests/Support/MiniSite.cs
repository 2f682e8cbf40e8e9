using Reader.Content;
using Reader.Testing;

namespace Reader.Site.Tests.Support;

/// <summary>
/// Builds a whole site from one string of <c>-- path --</c> sections (Hugo's integration-test style).
/// Paths under <c>input/</c> are content; paths under <c>theme/</c> override or add template files
/// on top of a copy of the real theme, and <c>-- delete theme/… --</c> removes one.
/// </summary>
public static class MiniSite
{
    /// <param name="images">Binary files to add, such as pictures under <c>input/images/</c>.</param>
    /// <param name="includeDrafts">Build as <c>reader serve</c>'s preview does, with the drafts.</param>
    public static BuiltSite Build(string files, ReaderSettings? settings = null, IReadOnlyList<(string Path, byte[] Bytes)>? images = null, bool includeDrafts = false)
    {
        var folder = new TempFolder();
        var input = folder.Combine("input");
        var theme = folder.Combine("theme");
        Directory.CreateDirectory(input);
        Repository.CopyFolder(RepoPaths.Theme, theme);
        foreach (var (path, content) in Sections(files))
        {
            if (path.StartsWith("delete ", StringComparison.Ordinal))
            {
                File.Delete(folder.Combine(path["delete ".Length..]));
                continue;
            }

            var target = folder.Combine(path);
            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(target)!);
            File.WriteAllText(target, content);
        }

        foreach (var (path, bytes) in images ?? [])
        {
            var target = folder.Combine(path);
            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(target)!);
            File.WriteAllBytes(target, bytes);
        }

        return BuildFolder(folder, input, theme, settings, includeDrafts);
    }

    /// <summary>Builds an existing input folder (e.g. the sample fixture) with the real theme.</summary>
    public static BuiltSite BuildInput(string inputDir, ReaderSettings? settings = null) =>
        BuildFolder(new TempFolder(), inputDir, RepoPaths.Theme, settings);

    public static IEnumerable<(string Path, string Content)> Sections(string files)
    {
        string? path = null;
        var content = new List<string>();
        foreach (var line in files.ReplaceLineEndings("\n").Split('\n'))
        {
            var trimmed = line.Trim();
            if (trimmed.StartsWith("-- ", StringComparison.Ordinal) && trimmed.EndsWith(" --", StringComparison.Ordinal) && trimmed.Length > 6)
            {
                if (path is not null)
                {
                    yield return (path, string.Join('\n', content).Trim('\n') + "\n");
                }

                path = trimmed[3..^3].Trim();
                content.Clear();
            }
            else if (path is not null)
            {
                content.Add(line);
            }
        }

        if (path is not null)
        {
            yield return (path, string.Join('\n', content).Trim('\n') + "\n");
        }
    }

    private static BuiltSite BuildFolder(TempFolder folder, string input, string theme, ReaderSettings? settings, bool includeDrafts = false)
    {
        settings ??= new ReaderSettings { SiteTitle = "Test Reader", Host = "reader.example.org" };
        var output = folder.Combine("output");
        var result = includeDrafts
            ? new SiteSession(settings, input, theme, output, incremental: false, includeDrafts: true).Build()
            : SiteBuilder.Build(settings, input, theme, output);
        return new BuiltSite(folder, output, result, settings);
    }
}
