namespace Reader.Site.Text;

/// <summary>Reads the site's embedded data files (<c>src/Reader.Site/Data/</c>): rules kept as data, beside the code that reads them.</summary>
public static class SiteData
{
    /// <summary>The text of <c>Data/&lt;fileName&gt;</c>.</summary>
    public static string Read(string fileName)
    {
        using var stream = typeof(SiteData).Assembly.GetManifestResourceStream($"Reader.Site.Data.{fileName}")
            ?? throw new InvalidOperationException($"embedded data file '{fileName}' is missing; check the EmbeddedResource item in Reader.Site.csproj");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    /// <summary>The lines of a data text without comments and blank lines, trimmed.</summary>
    public static IEnumerable<string> Lines(string text) =>
        text.ReplaceLineEndings("\n").Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0 && !l.StartsWith('#'));
}
