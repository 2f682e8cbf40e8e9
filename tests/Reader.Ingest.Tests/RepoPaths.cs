namespace Reader.Ingest.Tests;

/// <summary>Paths in the source tree, found by walking up from the test assembly to the folder holding Reader.sln.</summary>
public static class RepoPaths
{
    private static readonly Lazy<string> LazyRoot = new(FindRoot);

    public static string Root => LazyRoot.Value;

    public static string Seeds => Path.Combine(Root, "seeds");

    public static string TestProject => Path.Combine(Root, "tests", "Reader.Ingest.Tests");

    public static string Goldens => Path.Combine(TestProject, "Goldens");

    public static string Fixtures => Path.Combine(TestProject, "Fixtures");

    public static IEnumerable<string> SeedNames() =>
        Directory.EnumerateFiles(Seeds, "*.txt").Select(Path.GetFileNameWithoutExtension).OfType<string>().Order(StringComparer.Ordinal);

    public static IEnumerable<string> FixtureNames() =>
        Directory.EnumerateFiles(Fixtures, "*.txt").Select(Path.GetFileNameWithoutExtension).OfType<string>().Order(StringComparer.Ordinal);

    public static SeedPage LoadSeed(string name) => SeedPage.Load(Path.Combine(Seeds, name + ".txt"), $"seeds/{name}.txt");

    public static SeedPage LoadFixture(string name) =>
        SeedPage.Load(Path.Combine(Fixtures, name + ".txt"), $"tests/Reader.Ingest.Tests/Fixtures/{name}.txt");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Reader.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"no Reader.sln above {AppContext.BaseDirectory}");
    }
}
