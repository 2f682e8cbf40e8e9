using BenchmarkDotNet.Attributes;
using Reader.Ingest;

namespace Reader.Benchmarks;

/// <summary>The cleaner on a text-dump seed and on a large, chrome-heavy HTML page.</summary>
[MemoryDiagnoser]
public class CleanerBenchmarks
{
    private readonly Cleaner _cleaner = new();
    private byte[] _textSeed = [];
    private byte[] _htmlPage = [];

    [GlobalSetup]
    public void Setup()
    {
        _textSeed = File.ReadAllBytes(Path.Combine(BenchCorpus.RepositoryRoot, "seeds", "001_e2094788bb99359a.txt"));
        _htmlPage = File.ReadAllBytes(Path.Combine(BenchCorpus.RepositoryRoot, "tests", "Reader.Ingest.Tests", "Evaluation", "large_arc_split.html"));
    }

    [Benchmark]
    public object TextDump() => _cleaner.Clean(SeedPage.FromBytes(_textSeed, "seeds/001.txt"));

    [Benchmark]
    public object LargeHtmlPage() => _cleaner.Clean(SeedPage.FromBytes(_htmlPage, "seeds/large.html"));
}
