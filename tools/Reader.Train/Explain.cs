using Reader.Ingest;
using Reader.Ingest.Blocks;
using Reader.Ingest.Html;
using Reader.Ingest.Text;

namespace Reader.Train;

/// <summary>Prints each block of a page with the classifier's two probabilities, to see why a block went or stayed.</summary>
internal static class Explain
{
    public static void Page(string path)
    {
        var seed = SeedPage.FromBytes(File.ReadAllBytes(path), path);
        if (seed.IsHtml)
        {
            var html = HtmlPage.Parse(seed.Text);
            var metadata = HtmlMetadataExtractor.Extract(html.Document);
            var body = html.Document.Body ?? html.Document.DocumentElement;
            var blocks = HtmlBlocks.Collect(body);
            var verdicts = HtmlVerdicts.Of(body, blocks, CleaningOptions.Default);
            var classifier = BlockModels.Html;
            var features = HtmlBlockFeatures.Compute(blocks, new HtmlAncestry(body, ClassHints.Default), verdicts, classifier.Lexicon, classifier.ClassLexicon, metadata.Language);
            Print(classifier, features, [.. blocks.Select((b, j) => $"<{b.Owner.LocalName}.{b.Owner.ClassName}> {(verdicts.Kept[j] ? "k" : "-")}{(verdicts.InLocatedBody[j] ? "r" : "-")}{(verdicts.RemovedAsChrome[j] ? "x" : "-")} {b.Text}")]);
        }
        else
        {
            var document = DumpCleaner.Prepare(seed.Text);
            var blocks = DumpSegmenter.Segment(document, DumpCleaner.IsCertain);
            var classifier = BlockModels.Dump;
            var features = DumpBlockFeatures.Compute(document, blocks, classifier.Lexicon);
            Print(classifier, features, [.. blocks.Select(b => $"[{string.Join(',', b.Lines.Select(l => l.RemovedBy).Where(r => r is not null).Distinct())}] {b.Text}")]);
        }
    }

    private static void Print(BlockClassifier classifier, double[][] features, string[] labels)
    {
        var first = features.Select(f => classifier.First.Probability(f)).ToArray();
        var second = classifier.Probabilities(features);
        for (var j = 0; j < labels.Length; j++)
        {
            var label = labels[j];
            Console.WriteLine($"{j,4} {first[j]:0.00} {second[j]:0.00} {(second[j] >= classifier.Threshold ? "KEEP" : "drop")} {label[..Math.Min(130, label.Length)]}");
        }
    }
}
