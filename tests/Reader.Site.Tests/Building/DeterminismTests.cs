using Reader.Site.Tests.Support;

namespace Reader.Site.Tests.Building;

public sealed class DeterminismTests
{
    [Fact]
    public void Two_builds_of_the_same_input_are_byte_identical()
    {
        using var first = MiniSite.BuildInput(RepoPaths.SampleInput);
        using var second = MiniSite.BuildInput(RepoPaths.SampleInput);

        Assert.Equal(first.Files(), second.Files());
        foreach (var file in first.Files())
        {
            var a = File.ReadAllBytes(Path.Combine(first.OutputDir, file));
            var b = File.ReadAllBytes(Path.Combine(second.OutputDir, file));
            Assert.True(a.AsSpan().SequenceEqual(b), $"{file} differs between builds");
        }
    }

    [Fact]
    public void Output_has_only_unix_line_endings_and_no_byte_order_mark()
    {
        using var site = MiniSite.BuildInput(RepoPaths.SampleInput);
        // E-books are zips: their bytes are compressed, and their text files are checked in EpubTests.
        foreach (var file in site.Files().Where(f => !f.StartsWith("assets/", StringComparison.Ordinal) && !f.EndsWith(".epub", StringComparison.Ordinal)))
        {
            var bytes = File.ReadAllBytes(Path.Combine(site.OutputDir, file));
            Assert.DoesNotContain((byte)'\r', bytes);
            Assert.False(bytes is [0xEF, 0xBB, 0xBF, ..], $"{file} starts with a BOM");
        }
    }
}
