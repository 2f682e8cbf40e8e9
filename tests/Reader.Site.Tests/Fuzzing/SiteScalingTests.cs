using System.Globalization;
using System.Text;
using Reader.Content;
using Reader.Site.Tests.Support;
using Reader.Testing;
using Xunit.Abstractions;

namespace Reader.Site.Tests.Fuzzing;

/// <summary>
/// The build may not take more than linear time in the size of <c>input/</c>: 10× the articles, or 10× one article's
/// length, compared as a ratio of times on the same machine (~10 when linear, ~100 when quadratic), never as an absolute time.
/// </summary>
[Collection(nameof(TimingCollection))]
public sealed class SiteScalingTests(ITestOutputHelper output)
{
    [Theory]
    [InlineData("articles")]
    [InlineData("article-length")]
    public void Build_time_grows_linearly(string dimension)
    {
        using var folder = new TempFolder();
        var small = Write(folder.Combine("small"), dimension, 1);
        var large = Write(folder.Combine("large"), dimension, 10);
        Build(small, folder.Combine("warm-up"));

        CpuTimer.AssertGrowsLinearly(dimension, () => Build(small, folder.Combine("out-small")), () => Build(large, folder.Combine("out-large")), output.WriteLine);
    }

    private static void Build(string input, string outputDir)
    {
        var result = SiteBuilder.Build(new ReaderSettings { Host = "reader.example.org" }, input, RepoPaths.Theme, outputDir);
        Assert.False(result.HasErrors, string.Join("\n", result.Diagnostics));
    }

    /// <summary>20 × <paramref name="scale"/> articles of 20 paragraphs, or 3 articles of 200 × <paramref name="scale"/> paragraphs.</summary>
    private static string Write(string input, string dimension, int scale)
    {
        var random = new Random(7);
        string[] words = ["japan", "russia", "treaty", "islands", "energy", "summit", "Tokyo", "Moscow", "alliance", "Shinzō", "Россия", "日本"];
        var (articles, paragraphs) = dimension == "articles" ? (20 * scale, 20) : (3, 200 * scale);
        Directory.CreateDirectory(Path.Combine(input, "articles"));
        Directory.CreateDirectory(Path.Combine(input, "themes"));
        Directory.CreateDirectory(Path.Combine(input, "authors"));
        File.WriteAllText(Path.Combine(input, "index.md"), "---\ntitle: Scale\n---\nIntro.\n");
        File.WriteAllText(Path.Combine(input, "themes", "t.md"), "---\ntitle: T\n---\n");
        for (var p = 0; p < 10; p++)
        {
            File.WriteAllText(Path.Combine(input, "authors", $"person-{p}.md"), $"---\nname: Person {p}\n---\n");
        }

        for (var i = 0; i < articles; i++)
        {
            var body = new StringBuilder();
            for (var p = 0; p < paragraphs; p++)
            {
                body.Append(p % 10 == 0 ? $"## Part {p}\n\n" : "")
                    .AppendJoin(' ', Enumerable.Range(0, 60).Select(_ => words[random.Next(words.Length)])).Append(".\n\n");
            }

            File.WriteAllText(
                Path.Combine(input, "articles", string.Create(CultureInfo.InvariantCulture, $"a-{i:D4}.md")),
                string.Create(CultureInfo.InvariantCulture, $"---\ntitle: Article {i}\nauthors: [Person {i % 10}]\ndate: {2010 + (i % 15)}-0{1 + (i % 9)}-1{i % 10}\nthemes: [t]\n---\n\n{body}"));
        }

        return input;
    }

    /// <summary>The fastest of five timed runs, in ticks: other processes only ever add time, so the minimum is the steadiest estimate.</summary>
}
