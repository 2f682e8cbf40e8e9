namespace Reader.Ingest.Tests.Evaluation;

public sealed class EvaluationScorerTests
{
    [Fact]
    public void Identical_text_scores_one()
    {
        var (precision, recall) = EvaluationScorer.Score("the cat sat on the mat today", "the cat sat on the mat today");

        Assert.Equal(1, precision);
        Assert.Equal(1, recall);
    }

    [Fact]
    public void Disjoint_text_scores_zero()
    {
        var (precision, recall) = EvaluationScorer.Score("the cat sat on the mat", "dogs run fast in green parks");

        Assert.Equal(0, precision);
        Assert.Equal(0, recall);
    }

    [Fact]
    public void Extra_words_lower_precision_and_missing_words_lower_recall()
    {
        // Label: 6 words → 3 shingles. Extraction: the label's first 5 words plus 3 others → 5 shingles, 2 shared.
        var (precision, recall) = EvaluationScorer.Score("a b c d e f", "a b c d e x y z");

        Assert.Equal(2.0 / 5, precision, 6);
        Assert.Equal(2.0 / 3, recall, 6);
    }

    [Fact]
    public void Overall_f1_is_taken_from_the_averages()
    {
        var (precision, recall, f1) = EvaluationScorer.Overall([(1.0, 0.5), (0.5, 1.0)]);

        Assert.Equal(0.75, precision);
        Assert.Equal(0.75, recall);
        Assert.Equal(0.75, f1, 6);
    }

    [Fact]
    public void Plain_text_drops_markup_link_targets_images_and_front_matter()
    {
        var markdown = "---\ntitle: T\n---\n## Heading\n\n- item one\n\n> quoted *words* and [a link](https://x.org/y)\n\n![alt](https://x.org/i.png)\n\n| a | b |\n| --- | --- |\n";

        var words = EvaluationScorer.Shingles(EvaluationScorer.PlainText(markdown)).Keys;

        Assert.Equal("Heading item one quoted words and a link a b", string.Join(' ', EvaluationScorer.PlainText(markdown).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)));
        Assert.DoesNotContain(words, w => w.Contains("https", StringComparison.Ordinal));
    }
}
