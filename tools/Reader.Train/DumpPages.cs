using System.Collections.Frozen;
using Reader.Ingest;
using Reader.Ingest.Blocks;
using Reader.Ingest.Text;

namespace Reader.Train;

/// <summary>The development set's text dumps, cut into blocks and measured as the cleaner does it.</summary>
internal static class DumpPages
{
    public static IReadOnlyList<LabelledPage> Load(string directory, Truth truth)
    {
        var empty = new BlockLexicon(FrozenDictionary<string, double>.Empty);
        var pages = new List<LabelledPage>();
        foreach (var id in truth.Ids.Order(StringComparer.Ordinal))
        {
            var path = Path.Combine(directory, id + ".txt");
            var seed = SeedPage.FromBytes(File.ReadAllBytes(path), path);
            var document = DumpCleaner.Prepare(seed.Text);
            var blocks = DumpSegmenter.Segment(document, DumpCleaner.IsCertain);
            var texts = blocks.Select(b => b.Text).ToArray();
            pages.Add(new LabelledPage(id, texts, DumpBlockFeatures.Compute(document, blocks, empty), truth.Label(id, texts)));
        }

        return pages;
    }
}
