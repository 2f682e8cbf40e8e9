using System.Diagnostics;
using Reader.Ingest;
using Reader.Ingest.Blocks;
using Reader.Ingest.Html;

namespace Reader.Train;

/// <summary>Where the HTML path spends its time, stage by stage, on one thread.</summary>
internal static class Timing
{
    public static void Html(string directory)
    {
        var times = new Dictionary<string, double>();
        var files = Directory.GetFiles(directory, "*.html").Order(StringComparer.Ordinal).ToArray();
        var cleaner = new Cleaner();
        var total = Stopwatch.StartNew();
        foreach (var path in files)
        {
            var seed = SeedPage.FromBytes(File.ReadAllBytes(path), path);
            var watch = Stopwatch.StartNew();
            void Lap(string name)
            {
                times[name] = times.GetValueOrDefault(name) + watch.Elapsed.TotalMilliseconds;
                watch.Restart();
            }

            var html = HtmlPage.Parse(seed.Text);
            Lap("parse");
            var metadata = HtmlMetadataExtractor.Extract(html.Document);
            Lap("metadata");
            var body = html.Document.Body ?? html.Document.DocumentElement;
            var blocks = HtmlBlocks.Collect(body);
            Lap("blocks");
            var verdicts = HtmlVerdicts.Of(body, blocks, CleaningOptions.Default);
            Lap("verdicts");
            var classifier = BlockModels.Html;
            var row = new double[200];
            var stops = Reader.Ingest.Data.StopWords.Of("de");
            foreach (var b in blocks)
            {
                ProseFeatures.Compute(b.Text, stops, false, row);
            }

            Lap("f-prose");
            foreach (var b in blocks)
            {
                classifier.Lexicon.Features(b.Text, row);
            }

            Lap("f-lexicon");
            var ancestry = new HtmlAncestry(body, ClassHints.Default);
            foreach (var b in blocks)
            {
                ancestry.Of(b.Owner);
            }

            Lap("f-ancestry");
            foreach (var b in blocks)
            {
                ancestry.ClassWords(b.Owner);
            }

            Lap("f-classwords");
            _ = Reader.Ingest.Metadata.PageLanguage.Detect(string.Join('\n', blocks.Select(b => b.Text)));
            Lap("f-language");
            var features = HtmlBlockFeatures.Compute(blocks, new HtmlAncestry(body, ClassHints.Default), verdicts, classifier.Lexicon, classifier.ClassLexicon, metadata.Language);
            Lap("features");
            var p = classifier.Probabilities(features);
            Lap("classify");
            BlockSelection.Apply(body, blocks, [.. p.Select(x => x >= classifier.Threshold)]);
            Lap("select");
            _ = new HtmlToMarkdown(new UrlResolver(metadata.BaseUri)).Convert([body]);
            Lap("markdown");
            _ = cleaner.Clean(seed);
            Lap("whole clean");
        }

        Console.WriteLine($"{files.Length} pages in {total.Elapsed.TotalSeconds:0.00} s");
        foreach (var (name, ms) in times)
        {
            Console.WriteLine($"  {name,-12} {ms / files.Length,7:0.00} ms per page");
        }
    }
}
