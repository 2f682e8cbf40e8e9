using Reader.Ingest;
using Reader.Ingest.Blocks;
using Reader.Ingest.Text;

namespace Reader.Train;

/// <summary>Prints each block of a page with the classifier's two probabilities, to see why a block went or stayed.</summary>
internal static class Explain
{
    public static void Dump(string path)
    {
        var seed = SeedPage.FromBytes(File.ReadAllBytes(path), path);
        var document = DumpCleaner.Prepare(seed.Text);
        var blocks = DumpSegmenter.Segment(document, DumpCleaner.IsCertain);
        var classifier = BlockModels.Dump;
        var features = DumpBlockFeatures.Compute(document, blocks, classifier.Lexicon);
        var first = features.Select(f => classifier.First.Probability(f)).ToArray();
        var second = classifier.Probabilities(features);
        for (var j = 0; j < blocks.Count; j++)
        {
            var rules = string.Join(',', blocks[j].Lines.Select(l => l.RemovedBy).Where(r => r is not null).Distinct());
            var text = blocks[j].Text;
            Console.WriteLine($"{j,4} {first[j]:0.00} {second[j]:0.00} {(second[j] >= classifier.Threshold ? "KEEP" : "drop")} [{rules}] {text[..Math.Min(110, text.Length)]}");
        }
    }
}
