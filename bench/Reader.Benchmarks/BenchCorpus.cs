using Reader.Bench;
using Reader.Content;
using Reader.Testing;

namespace Reader.Benchmarks;

/// <summary>A 500-article corpus written once per process, shared by the site benchmarks.</summary>
public static class BenchCorpus
{
    private static readonly Lazy<string> Folder = new(() =>
    {
        var root = Path.Combine(Path.GetTempPath(), "reader-benchmarks-500");
        if (!Directory.Exists(Path.Combine(root, "reader", "input")))
        {
            var corpus = CorpusGenerator.Generate(500, seed: 20261122);
            CorpusWriter.WriteReader(corpus, Path.Combine(root, "reader"));
        }

        return Path.Combine(root, "reader", "input");
    });

    public static string InputDir => Folder.Value;

    public static string RepositoryRoot => Repository.Root;

    public static ReaderSettings Settings { get; } = new() { Host = "bench.example.org" };

    public static string FirstArticleText => File.ReadAllText(Directory.EnumerateFiles(Path.Combine(InputDir, "articles"), "*.md").Order(StringComparer.Ordinal).First());
}
