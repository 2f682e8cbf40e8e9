using System.Text;
using Reader.Content;
using Reader.Site.Rendering;

namespace Reader.Site.Outputs;

/// <summary>Writes each output file once (UTF-8, no BOM) and copies the template assets.</summary>
public static class OutputWriter
{
    private static readonly UTF8Encoding Utf8 = new(false);

    public static int Write(string outputDir, IReadOnlyList<RenderedPage> files, DiagnosticBag diagnostics)
    {
        foreach (var duplicate in files.GroupBy(f => f.OutputPath, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1))
        {
            diagnostics.Add(Diagnostic.Error(duplicate.Key, null, "two pages would be written to the same file", "rename one of the articles, authors or themes"));
        }

        var unique = files.DistinctBy(f => f.OutputPath, StringComparer.OrdinalIgnoreCase).ToList();
        Parallel.ForEach(unique, file =>
        {
            var path = Path.Combine(outputDir, file.OutputPath);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, file.Content, Utf8);
        });
        return unique.Count;
    }

    public static int CopyAssets(string themeDir, string outputDir)
    {
        var source = Path.Combine(themeDir, "assets");
        if (!Directory.Exists(source))
        {
            return 0;
        }

        var files = Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();
        foreach (var file in files)
        {
            var target = Path.Combine(outputDir, "assets", Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target, overwrite: true);
        }

        return files.Count;
    }
}
