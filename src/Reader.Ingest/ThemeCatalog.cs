using Reader.Content;
using Reader.Ingest.Themes;

namespace Reader.Ingest;

/// <summary>Reads the curated taxonomy from <c>input/themes/</c>.</summary>
public static class ThemeCatalog
{
    public static IReadOnlyList<ThemeDefinition> Load(string themesDirectory, DiagnosticBag diagnostics)
    {
        if (!Directory.Exists(themesDirectory))
        {
            return [];
        }

        var themes = new List<ThemeDefinition>();
        foreach (var path in Directory.EnumerateFiles(themesDirectory, "*.md").Order(StringComparer.Ordinal))
        {
            var text = InputText.Read(path, Path.GetDirectoryName(Path.GetFullPath(themesDirectory))!, path, diagnostics);
            var file = text is null ? null : FrontMatterReader.ReadTheme(path, text, diagnostics);
            if (file is not null)
            {
                themes.Add(ThemeDefinition.From(Path.GetFileNameWithoutExtension(path), file.FrontMatter));
            }
        }

        return themes;
    }
}
