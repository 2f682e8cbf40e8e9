using System.Text;
using Reader.Content;
using Reader.Ingest.Tests.Evaluation;
using Xunit.Abstractions;

namespace Reader.Ingest.Tests.Fuzzing;

/// <summary>
/// Random and mutated pages into the cleaner: nothing may throw (not even inside, where the cleaner would catch it and
/// fall back to the raw text), and what it gives back must write as valid UTF-8 front matter that reads back without errors.
/// </summary>
public sealed class CleanerFuzzTests(ITestOutputHelper output)
{
    private const int RandomCases = 600;
    private const int MutatedCases = 1400;

    [Fact]
    public void Random_bytes_never_break_the_cleaner()
    {
        var failures = Run(RandomCases, seed => new Mutator(seed).RandomBytes(4096));
        Assert.True(failures.Count == 0, string.Join("\n", failures.Take(10)));
    }

    [Fact]
    public void Mutated_seeds_and_evaluation_pages_never_break_the_cleaner()
    {
        var corpus = Corpus();
        var failures = Run(MutatedCases, seed =>
        {
            var mutator = new Mutator(seed);
            return mutator.Mutate(corpus[mutator.Next(corpus.Count)], corpus[mutator.Next(corpus.Count)]);
        });
        Assert.True(failures.Count == 0, string.Join("\n", failures.Take(10)));
    }

    /// <summary>The five seeds and every HTML evaluation page, as raw bytes.</summary>
    public static IReadOnlyList<byte[]> Corpus() =>
    [
        .. Directory.EnumerateFiles(RepoPaths.Seeds, "*.txt").Order(StringComparer.Ordinal).Select(File.ReadAllBytes),
        .. Directory.EnumerateFiles(EvaluationSet.Folder, "*.html").Order(StringComparer.Ordinal).Select(File.ReadAllBytes),
    ];

    private List<string> Run(int cases, Func<int, byte[]> make)
    {
        var cleaner = new Cleaner();
        var failures = new System.Collections.Concurrent.ConcurrentBag<string>();
        var started = DateTime.UtcNow;
        Parallel.For(0, cases, seed =>
        {
            var bytes = make(seed);
            var problem = Check(cleaner, bytes);
            if (problem is not null)
            {
                failures.Add($"case {seed} ({bytes.Length} bytes): {problem}");
            }
        });
        output.WriteLine($"{cases} cases in {(DateTime.UtcNow - started).TotalSeconds:F1} s");
        return [.. failures.Order(StringComparer.Ordinal)];
    }

    public static string? Check(Cleaner cleaner, byte[] bytes)
    {
        CleanedArticle result;
        try
        {
            result = cleaner.Clean(SeedPage.FromBytes(bytes, "seeds/fuzz.txt"));
        }
        catch (Exception e)
        {
            return $"threw {e}";
        }

        if (result.Report.Warnings.FirstOrDefault(w => w.StartsWith("cleaning failed", StringComparison.Ordinal)) is { } failed)
        {
            return failed;
        }

        var markdown = FrontMatterWriter.Write(result.FrontMatter, result.Body);
        try
        {
            new UTF8Encoding(false, throwOnInvalidBytes: true).GetBytes(markdown);
        }
        catch (EncoderFallbackException e)
        {
            return $"not valid UTF-8: {e.Message}";
        }

        if (markdown.Contains('\0', StringComparison.Ordinal))
        {
            return "a NUL reached the article";
        }

        var diagnostics = new DiagnosticBag();
        var read = FrontMatterReader.ReadArticle("input/articles/fuzz.md", markdown, diagnostics);
        if (read is null || diagnostics.HasErrors)
        {
            return $"does not read back: {string.Join("; ", diagnostics.Items)}\n{markdown[..Math.Min(markdown.Length, 600)]}";
        }

        return read.FrontMatter.Title == result.FrontMatter.Title ? null : $"title changed on the way back: '{result.FrontMatter.Title}' → '{read.FrontMatter.Title}'";
    }
}
