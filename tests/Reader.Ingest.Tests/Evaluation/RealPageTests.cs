using System.Globalization;
using System.Text.RegularExpressions;
using Xunit.Abstractions;

namespace Reader.Ingest.Tests.Evaluation;

/// <summary>
/// The cleaner on the 491 real, hand-labelled pages of the development set, scored by the set's own scorer, as HTML
/// and as text dumps. The classifiers were trained on these pages, so the figures are what the cleaner does on pages
/// it has seen (<c>bench/extraction.sh --cv</c> estimates unseen ones); the floors, a margin below them, catch a change
/// that undoes the training. See the figures with <c>--logger "console;verbosity=detailed"</c>.
/// </summary>
public sealed partial class RealPageTests(ITestOutputHelper output)
{
    private const double HtmlF1Floor = 0.95;
    private const double DumpF1Floor = 0.93;

    [RealPagesFact]
    public void Html_pages_score_above_the_floor() => Assert.True(Score("html") >= HtmlF1Floor, $"HTML F1 fell below {HtmlF1Floor}");

    [RealPagesFact]
    public void Text_dumps_score_above_the_floor() => Assert.True(Score("txt") >= DumpF1Floor, $"text-dump F1 fell below {DumpF1Floor}");

    private double Score(string kind)
    {
        var work = Directory.CreateTempSubdirectory("reader-real-pages-");
        try
        {
            RealPages.Unpack(work.FullName);
            var outputs = Directory.CreateDirectory(Path.Combine(work.FullName, "out"));
            var cleaner = new Cleaner();
            Parallel.ForEach(Directory.GetFiles(Path.Combine(work.FullName, kind)), path =>
            {
                // As `reader clean --out` writes them: a page that is not an article is reported, not written.
                var article = cleaner.Clean(SeedPage.Load(path, path));
                if (article.IsArticle)
                {
                    File.WriteAllText(Path.Combine(outputs.FullName, Path.GetFileNameWithoutExtension(path) + ".md"), article.Body);
                }
            });

            var summary = RealPages.Score(outputs.FullName).Trim();
            output.WriteLine($"{kind}: {summary}");
            return double.Parse(F1().Match(summary).Groups[1].Value, CultureInfo.InvariantCulture);
        }
        finally
        {
            work.Delete(recursive: true);
        }
    }

    [GeneratedRegex(@"^F1 ([0-9.]+)")]
    private static partial Regex F1();
}
