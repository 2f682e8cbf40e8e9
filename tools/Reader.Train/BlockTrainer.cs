using Reader.Ingest.Blocks;

namespace Reader.Train;

/// <summary>
/// Trains a <see cref="BlockClassifier"/> and its lexicon on labelled pages, and estimates how well it does on pages
/// it has not seen by five-fold cross-validation over pages, scored by the passages as <c>score.py</c> scores them.
/// </summary>
internal sealed class BlockTrainer(IReadOnlyList<string> names, int lexiconAt, int classLexiconAt, Truth truth)
{
    private const int Folds = 5;
    private static readonly double[] Thresholds = [0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7];

    /// <summary>After <see cref="Train"/>: each real page's blocks as kept or not by a model that was not trained on the page.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<bool>> OutOfFold { get; private set; } = new Dictionary<string, IReadOnlyList<bool>>();

    public BlockClassifier Train(IReadOnlyList<LabelledPage> all, TextWriter log)
    {
        // Folds are cut over the real pages; fixtures are in every fold's training and never scored.
        var pages = all.Where(p => !p.IsFixture).ToList();
        var fixtures = all.Where(p => p.IsFixture).ToList();
        // Out-of-fold probabilities of every page, for the cross-validated figures and the threshold.
        var probabilities = new Dictionary<string, double[]>(StringComparer.Ordinal);
        for (var fold = 0; fold < Folds; fold++)
        {
            var training = pages.Where((_, i) => i % Folds != fold).Concat(fixtures).ToList();
            var classifier = Fit(training, 0.5);
            foreach (var page in pages.Where((_, i) => i % Folds == fold))
            {
                probabilities[page.Id] = classifier.Probabilities(WithLexicon(page, classifier.Lexicon, classifier.ClassLexicon));
            }
        }

        var best = (Threshold: 0.5, F1: 0.0, Counts: (Kept: 0, Lost: 0, Boilerplate: 0));
        foreach (var threshold in Thresholds)
        {
            var counts = truth.Count(pages.ToDictionary(p => p.Id, p => Output(p, probabilities[p.Id], threshold), StringComparer.Ordinal));
            var f1 = Truth.F1(counts);
            log.WriteLine($"  cross-validated at {threshold:0.00}: F1 {f1:0.000} (article passages kept {counts.Kept}, lost {counts.Lost}; boilerplate kept {counts.Boilerplate})");
            best = f1 > best.F1 ? (threshold, f1, counts) : best;
        }

        var (kept, lost, boilerplate) = best.Counts;
        log.WriteLine($"  threshold {best.Threshold:0.00}: cross-validated F1 {best.F1:0.000} P {kept / (double)(kept + boilerplate):0.000} R {kept / (double)(kept + lost):0.000}");
        OutOfFold = pages.ToDictionary(p => p.Id, p => (IReadOnlyList<bool>)[.. probabilities[p.Id].Select(q => q >= best.Threshold)], StringComparer.Ordinal);
        return Fit(all, best.Threshold);
    }

    private BlockClassifier Fit(IReadOnlyList<LabelledPage> pages, double threshold)
    {
        var (lexicon, classLexicon) = Lexicons(pages);
        var first = FitFirst(pages, lexicon, classLexicon);

        // The second pass learns from first-pass probabilities the first pass did not see the labels of.
        var context = new Dictionary<string, double[][]>(StringComparer.Ordinal);
        for (var fold = 0; fold < Folds; fold++)
        {
            var inner = pages.Where((_, i) => i % Folds != fold).ToList();
            var (innerLexicon, innerClassLexicon) = Lexicons(inner);
            var innerFirst = FitFirst(inner, innerLexicon, innerClassLexicon);
            foreach (var page in pages.Where((_, i) => i % Folds == fold))
            {
                var rows = WithLexicon(page, innerLexicon, innerClassLexicon);
                context[page.Id] = BlockContext.Compute([.. rows.Select(r => innerFirst.Probability(r))]);
            }
        }

        var second = FitSecond(pages, lexicon, classLexicon, context);
        return new BlockClassifier(first, second, lexicon, classLexicon, threshold);
    }

    /// <summary>The lexicons, learned from the real pages only: the written pages' prose and class names are made up.</summary>
    private (BlockLexicon Words, BlockLexicon Classes) Lexicons(IEnumerable<LabelledPage> pages)
    {
        var real = pages.Where(p => !p.IsFixture).ToList();
        return (LexiconLearner.Words(real), classLexiconAt < 0 ? BlockLexicon.Empty : LexiconLearner.Classes(real));
    }

    private BoostedTrees FitFirst(IReadOnlyList<LabelledPage> pages, BlockLexicon lexicon, BlockLexicon classLexicon)
    {
        var (rows, labels, rowWeights) = Rows(pages, page => WithLexicon(page, lexicon, classLexicon));
        return GradientBoosting.Fit(names, rows, labels, rowWeights);
    }

    private BoostedTrees FitSecond(IReadOnlyList<LabelledPage> pages, BlockLexicon lexicon, BlockLexicon classLexicon, Dictionary<string, double[][]> context)
    {
        var (rows, labels, rowWeights) = Rows(pages, page =>
        {
            var own = WithLexicon(page, lexicon, classLexicon);
            return [.. own.Select((r, j) => (double[])[.. r, .. context[page.Id][j]])];
        });
        return GradientBoosting.Fit([.. names, .. BlockContext.Names], rows, labels, rowWeights);
    }

    private static (List<double[]> Rows, List<int> Labels, List<double> Weights) Rows(IReadOnlyList<LabelledPage> pages, Func<LabelledPage, double[][]> features)
    {
        var rows = new List<double[]>();
        var labels = new List<int>();
        var weights = new List<double>();
        foreach (var page in pages)
        {
            var pageRows = features(page);
            for (var j = 0; j < page.Labels.Length; j++)
            {
                if (page.Labels[j] is { } label)
                {
                    rows.Add(pageRows[j]);
                    labels.Add(label);
                    weights.Add(page.Weight * (page.LabelWeights?[j] ?? 1));
                }
            }
        }

        return (rows, labels, weights);
    }

    /// <summary>The page's feature rows with the lexicons' features filled in.</summary>
    private double[][] WithLexicon(LabelledPage page, BlockLexicon lexicon, BlockLexicon classLexicon)
    {
        var rows = new double[page.Features.Length][];
        for (var j = 0; j < rows.Length; j++)
        {
            rows[j] = (double[])page.Features[j].Clone();
            lexicon.Features(page.Texts[j], rows[j].AsSpan(lexiconAt));
            if (classLexiconAt >= 0)
            {
                classLexicon.Features(page.Classes[j], rows[j].AsSpan(classLexiconAt));
            }
        }

        return rows;
    }

    private static string Output(LabelledPage page, double[] probabilities, double threshold) =>
        string.Join(' ', page.Texts.Where((_, j) => probabilities[j] >= threshold));
}
