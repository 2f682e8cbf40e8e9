using Reader.Testing;

namespace Reader.Browser.Tests;

/// <summary>
/// The real collection (the repository's seeds, input/ and theme/), built once into a temporary project with
/// the <c>reader build</c> command, served on loopback, with one headless Debian Chromium for all tests.
/// </summary>
public sealed class BuiltSite() : ServedSite("reader-browser-")
{
    protected override void WriteProject()
    {
        var repository = Repository.Root;
        foreach (var folder in new[] { "seeds", "input", "theme" })
        {
            Repository.CopyFolder(Path.Combine(repository, folder), Path.Combine(Root, folder));
        }

        File.Copy(Path.Combine(repository, "statiq.json"), Path.Combine(Root, "statiq.json"));
    }
}

[CollectionDefinition(Name)]
public sealed class BuiltSiteCollection : ICollectionFixture<BuiltSite>
{
    public const string Name = "built site";
}
