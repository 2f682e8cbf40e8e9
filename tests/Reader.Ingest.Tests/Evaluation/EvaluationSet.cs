namespace Reader.Ingest.Tests.Evaluation;

/// <summary>
/// The pages in <c>Evaluation/</c>: <c>&lt;name&gt;.html</c> with its hand-checked body <c>&lt;name&gt;.expected.txt</c>
/// (empty for pages that are not articles), and the w3m and lynx dumps of each page.
/// </summary>
public static class EvaluationSet
{
    public static string Folder => Path.Combine(RepoPaths.TestProject, "Evaluation");

    public static IReadOnlyList<string> Names() =>
        [.. Directory.EnumerateFiles(Folder, "*.html").Select(Path.GetFileNameWithoutExtension).OfType<string>().Order(StringComparer.Ordinal)];

    public static string Expected(string name) => File.ReadAllText(Path.Combine(Folder, name + ".expected.txt"));

    public static bool IsArticle(string name) => Expected(name).Trim().Length > 0;

    /// <summary>The real-sized, chrome-heavy pages written by <c>tools/generate_large.py</c>.</summary>
    public static bool IsLarge(string name) => name.StartsWith("large_", StringComparison.Ordinal);

    public static SeedPage Html(string name) => Load(name + ".html");

    /// <summary>The text dumps of a page: <c>.w3m.txt</c>, <c>.lynx.txt</c> and, for some, <c>.lynx-refs.txt</c> (lynx with its link list).</summary>
    public static IEnumerable<(string Dump, SeedPage Page)> Dumps(string name) =>
        Directory.EnumerateFiles(Folder, name + ".*.txt")
            .Where(f => !f.EndsWith(".expected.txt", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(f => (Path.GetFileName(f), Load(Path.GetFileName(f))));

    private static SeedPage Load(string file) => SeedPage.Load(Path.Combine(Folder, file), $"tests/Reader.Ingest.Tests/Evaluation/{file}");
}
