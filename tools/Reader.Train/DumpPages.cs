using Reader.Ingest;
using Reader.Ingest.Blocks;
using Reader.Ingest.Text;

namespace Reader.Train;

/// <summary>
/// The development set's text dumps, cut into blocks and measured as the cleaner does it. A dump is the same page as
/// its HTML, so every block the marked passages leave unlabelled takes its label from what the HTML classifier, not
/// trained on that page, made of the same text: the dump's classifier learns from every block, not only from the few
/// that hold a marked passage, and those inferred labels count <paramref name="inferredWeight"/> of a marked one.
/// </summary>
internal static class DumpPages
{
    // A block this short ("Home", "Share") stands in too many places to take a label from where it stands in the HTML.
    private const int MinInferredLength = 20;

    public static IReadOnlyList<LabelledPage> Load(string directory, Truth truth, IReadOnlyDictionary<string, (string Kept, string Dropped)> html, double inferredWeight)
    {
        var pages = new List<LabelledPage>();
        foreach (var id in truth.Ids.Order(StringComparer.Ordinal))
        {
            var path = Path.Combine(directory, id + ".txt");
            var seed = SeedPage.FromBytes(File.ReadAllBytes(path), path);
            var document = DumpCleaner.Prepare(seed.Text);
            var blocks = DumpSegmenter.Segment(document, DumpCleaner.IsCertain);
            var texts = blocks.Select(b => b.Text).ToArray();
            var labels = truth.Label(id, texts);
            var weights = labels.Select(l => l is null ? 0.0 : 1.0).ToArray();
            if (html.TryGetValue(id, out var page))
            {
                for (var j = 0; j < texts.Length; j++)
                {
                    var text = Truth.Collapse(texts[j]);
                    if (labels[j] is not null || text.Length < MinInferredLength)
                    {
                        continue;
                    }

                    labels[j] = page.Kept.Contains(text, StringComparison.Ordinal) ? 1 : page.Dropped.Contains(text, StringComparison.Ordinal) ? 0 : null;
                    weights[j] = labels[j] is null ? 0 : inferredWeight;
                }
            }

            pages.Add(new LabelledPage(id, texts, [], DumpBlockFeatures.Compute(document, blocks, BlockLexicon.Empty), labels, LabelWeights: weights));
        }

        return pages;
    }
}
