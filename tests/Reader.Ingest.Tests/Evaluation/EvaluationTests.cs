using System.Diagnostics;
using System.Globalization;
using Reader.Content;
using Reader.Ingest.Html;
using Xunit.Abstractions;

namespace Reader.Ingest.Tests.Evaluation;

/// <summary>
/// Runs the cleaner over the evaluation pages and prints per-page precision and recall, the overall F1 for HTML and for
/// text dumps, and pages per second. See the figures with
/// <c>dotnet test tests/Reader.Ingest.Tests --filter Evaluation --logger "console;verbosity=detailed"</c>.
/// The floors are below the current figures with a margin: they catch regressions, they are not the goal.
/// </summary>
public sealed class EvaluationTests(ITestOutputHelper output)
{
    private const double HtmlF1Floor = 0.93;
    private const double DumpF1Floor = 0.92;

    [Fact]
    public void Html_pages_score_above_the_floor()
    {
        var result = ScoreHtml(new Cleaner(), print: true);

        Assert.True(result.F1 >= HtmlF1Floor, $"HTML F1 {result.F1:F3} fell below {HtmlF1Floor}");
    }

    [Fact]
    public void Text_dumps_score_above_the_floor()
    {
        var cleaner = new Cleaner();
        var scores = new List<(double, double)>();
        foreach (var name in EvaluationSet.Names().Where(EvaluationSet.IsArticle))
        {
            foreach (var (dump, page) in EvaluationSet.Dumps(name))
            {
                // A page whose article only its JSON-LD holds (a script app) has no article in its dump to find.
                if (EvaluationScorer.Score(EvaluationSet.Expected(name), page.Text).Recall < 0.5)
                {
                    output.WriteLine($"{dump,-40} skipped: the dump does not contain the article");
                    continue;
                }

                var score = EvaluationScorer.Score(EvaluationSet.Expected(name), Extract(cleaner.Clean(page)));
                scores.Add(score);
                output.WriteLine(Row(dump, score));
            }
        }

        var (precision, recall, f1) = EvaluationScorer.Overall(scores);
        output.WriteLine($"TEXT DUMPS ({scores.Count}): P {precision:F3} R {recall:F3} F1 {f1:F3}");
        Assert.True(f1 >= DumpF1Floor, $"text-dump F1 {f1:F3} fell below {DumpF1Floor}");
    }

    [Fact]
    public void Pages_that_are_not_articles_are_reported_and_articles_are_not()
    {
        var cleaner = new Cleaner();
        foreach (var name in EvaluationSet.Names())
        {
            var result = cleaner.Clean(EvaluationSet.Html(name));
            Assert.True(result.IsArticle == EvaluationSet.IsArticle(name), $"{name}: {result.Kind} ({result.NotArticleReason})");
        }
    }

    /// <summary>Turns each heuristic off in turn and prints what the F1 becomes: the ablation table.</summary>
    [Fact]
    public void Ablation_table()
    {
        var variants = new (string Name, CleaningOptions Options)[]
        {
            ("all heuristics", CleaningOptions.Default),
            ("no strong signals (article/main/itemprop)", CleaningOptions.Default with { UseStrongSignals = false }),
            ("no class/id hints", CleaningOptions.Default with { UseClassHints = false }),
            ("no conditional pruning (link density)", CleaningOptions.Default with { UseConditionalPruning = false }),
            ("no sibling merge", CleaningOptions.Default with { UseSiblingMerge = false }),
            ("no boilerplate selector list", CleaningOptions.Default with { UseBoilerplateSelectors = false }),
            ("no JSON-LD articleBody fallback", CleaningOptions.Default with { UseJsonLdBody = false }),
        };
        output.WriteLine("| variant | P | R | F1 | F1 large pages |");
        output.WriteLine("| --- | --- | --- | --- | --- |");
        foreach (var (name, options) in variants)
        {
            var (precision, recall, f1) = ScoreHtml(new Cleaner(options), print: false);
            var large = ScoreHtml(new Cleaner(options), print: false, EvaluationSet.IsLarge);
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {name} | {precision:F3} | {recall:F3} | {f1:F3} | {large.F1:F3} |"));
        }
    }

    [Fact]
    public void Large_pages_score_above_the_floor()
    {
        var result = ScoreHtml(new Cleaner(), print: true, EvaluationSet.IsLarge);

        Assert.True(result.F1 >= HtmlF1Floor, $"HTML F1 on the large pages {result.F1:F3} fell below {HtmlF1Floor}");
    }

    private (double Precision, double Recall, double F1) ScoreHtml(Cleaner cleaner, bool print, Func<string, bool>? only = null)
    {
        var scores = new List<(double, double)>();
        foreach (var name in EvaluationSet.Names().Where(EvaluationSet.IsArticle).Where(only ?? (_ => true)))
        {
            var score = EvaluationScorer.Score(EvaluationSet.Expected(name), Extract(cleaner.Clean(EvaluationSet.Html(name))));
            scores.Add(score);
            if (print)
            {
                output.WriteLine(Row(name, score));
            }
        }

        var overall = EvaluationScorer.Overall(scores);
        if (print)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"HTML ({scores.Count}): P {overall.Precision:F3} R {overall.Recall:F3} F1 {overall.F1:F3}"));
        }

        return overall;
    }

    private static string Extract(CleanedArticle article) =>
        EvaluationScorer.PlainText(FrontMatterWriter.Write(article.FrontMatter, article.Body));

    private static string Row(string name, (double Precision, double Recall) score) =>
        string.Create(CultureInfo.InvariantCulture, $"{name,-40} P {score.Precision:F3} R {score.Recall:F3}");
}
