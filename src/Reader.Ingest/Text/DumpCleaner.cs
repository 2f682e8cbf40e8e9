using Reader.Ingest.Blocks;

namespace Reader.Ingest.Text;

/// <summary>
/// The text-dump path up to the lines of the body: the rules (<see cref="CleaningPipeline"/>) read the metadata and
/// give their verdicts, then the block classifier, which weighs those verdicts with everything else it measures,
/// decides which blocks are the article.
/// </summary>
public static class DumpCleaner
{
    public const string ClassifierName = "BlockClassifier";

    private static readonly HashSet<string> CertainRules = [.. CleaningPipeline.Rules.Where(r => r.IsCertain).Select(r => r.Name)];

    /// <summary>The rule named <paramref name="rule"/> is one whose removals stand (<see cref="Rules.ICleaningRule.IsCertain"/>).</summary>
    public static bool IsCertain(string rule) => CertainRules.Contains(rule);

    /// <summary>The dump as lines, with every rule applied.</summary>
    public static TextDocument Prepare(string text)
    {
        var document = TextDocument.Parse(LynxReferences.Strip(text));
        foreach (var rule in CleaningPipeline.Rules)
        {
            rule.Apply(document);
        }

        return document;
    }

    /// <summary>
    /// Keeps the lines of blocks the classifier judges article text and removes the rest. Lines a certain rule took
    /// (<see cref="Rules.ICleaningRule.IsCertain"/>: a known phrase, or a title, byline or date now in the front matter)
    /// stay out of the body whatever the verdict.
    /// </summary>
    public static void Classify(TextDocument document, BlockClassifier classifier)
    {
        var blocks = DumpSegmenter.Segment(document, IsCertain);
        if (blocks.Count == 0)
        {
            return;
        }

        var probabilities = classifier.Probabilities(DumpBlockFeatures.Compute(document, blocks, classifier.Lexicon));
        var keep = probabilities.Select(p => p >= classifier.Threshold).ToArray();

        // The classifier never turns a page the rules read as an article into one without any: a page that is the
        // article alone (a copy-paste) has no chrome around it to tell it by, and the rules' verdict stands.
        if (!keep.Any(k => k) && blocks.Any(b => b.IsProse && b.Lines.All(l => l.IsKept)))
        {
            return;
        }

        // A heading naming a part of the article ("Summary", "Introduction") belongs to the kept text below it.
        for (var j = 0; j + 1 < blocks.Count; j++)
        {
            keep[j] |= keep[j + 1] && blocks[j].Lines.Count == 1 && Data.Phrases.SectionHeadings.Matches(blocks[j].Text);
        }

        for (var j = 0; j < blocks.Count; j++)
        {
            var isArticle = keep[j];
            foreach (var line in blocks[j].Lines)
            {
                if (!isArticle)
                {
                    line.Remove(ClassifierName);
                }
                else
                {
                    line.Restore();
                }
            }
        }
    }
}
