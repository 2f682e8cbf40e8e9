using Reader.Testing;

namespace Reader.Ingest.Tests;

/// <summary>Paths in the source tree, found by walking up from the test assembly to the folder holding Reader.sln.</summary>
public static class RepoPaths
{
    public static string Root => Repository.Root;

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
}
