namespace Reader.Site.Tests.Support;

/// <summary>The sample fixture, built once per test class that asks for it.</summary>
public sealed class SampleSite : IDisposable
{
    public BuiltSite Site { get; } = MiniSite.BuildInput(RepoPaths.SampleInput);

    public void Dispose() => Site.Dispose();
}
