namespace Reader.Site.Tests.Support;

/// <summary>Finds the real <c>theme/</c> folder and the test fixtures from wherever the tests run.</summary>
public static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    public static string Theme => Path.Combine(Root, "theme");

    public static string TestProject => Path.Combine(Root, "tests", "Reader.Site.Tests");

    public static string SampleInput => Path.Combine(TestProject, "Fixtures", "sample-input");

    public static string Goldens => Path.Combine(TestProject, "Goldens");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Reader.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Reader.sln not found above " + AppContext.BaseDirectory);
    }
}
