using Reader.Testing;

namespace Reader.Site.Tests.Support;

/// <summary>Finds the real <c>theme/</c> folder and the test fixtures from wherever the tests run.</summary>
public static class RepoPaths
{
    public static string Root => Repository.Root;

    public static string Theme => Path.Combine(Root, "theme");

    public static string TestProject => Path.Combine(Root, "tests", "Reader.Site.Tests");

    public static string SampleInput => Path.Combine(TestProject, "Fixtures", "sample-input");

    public static string Goldens => Path.Combine(TestProject, "Goldens");
}
