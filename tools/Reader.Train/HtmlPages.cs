using Reader.Ingest;
using Reader.Ingest.Blocks;
using Reader.Ingest.Html;

namespace Reader.Train;

/// <summary>The development set's HTML pages, cut into blocks and measured as the cleaner does it.</summary>
internal static class HtmlPages
{
    public static IReadOnlyList<LabelledPage> Load(string directory, Truth truth)
    {
        var ids = truth.Ids.Order(StringComparer.Ordinal).ToArray();
        var pages = new LabelledPage[ids.Length];
        Parallel.For(0, ids.Length, i =>
        {
            var (texts, classes, features) = Measure(Path.Combine(directory, ids[i] + ".html"));
            pages[i] = new LabelledPage(ids[i], texts, classes, features, truth.Label(ids[i], texts));
        });
        return pages;
    }

    /// <summary>A page's blocks, their class words and their features, the lexicons' left empty.</summary>
    public static (string[] Texts, string[][] Classes, double[][] Features) Measure(string path)
    {
        var empty = BlockLexicon.Empty;
        var seed = SeedPage.FromBytes(File.ReadAllBytes(path), path);
        var html = HtmlPage.Parse(seed.Text);
        var metadata = HtmlMetadataExtractor.Extract(html.Document);
        var body = html.Document.Body ?? html.Document.DocumentElement;
        var blocks = HtmlBlocks.Collect(body);
        var verdicts = HtmlVerdicts.Of(body, blocks, CleaningOptions.Default);
        var ancestry = new HtmlAncestry(body, ClassHints.Default);
        var features = HtmlBlockFeatures.Compute(blocks, ancestry, verdicts, empty, empty, metadata.Language);
        return ([.. blocks.Select(b => b.Text)], [.. blocks.Select(b => ancestry.ClassWords(b.Owner))], features);
    }
}
