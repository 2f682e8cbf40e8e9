using Reader.Ingest.Html;
using Reader.Ingest.Text;
using Reader.Train;

// Trains the cleaner's block classifiers on the real-page development set and writes them into src/Reader.Ingest/Data.
// Usage: Reader.Train PAGES_DIR TRUTH_JSON DATA_DIR   (PAGES_DIR holds html/ and txt/ as unpacked from pages.tar.xz)
if (args.Length == 2 && args[0] == "explain")
{
    Explain.Page(args[1]);
    return 0;
}

if (args.Length == 2 && args[0] == "time")
{
    Timing.Html(args[1]);
    return 0;
}

if (args.Length < 3)
{
    Console.Error.WriteLine("usage: Reader.Train PAGES_DIR TRUTH_JSON DATA_DIR");
    return 2;
}

var (pagesDirectory, truthPath, dataDirectory) = (args[0], args[1], args[2]);
var truth = Truth.Load(truthPath);

var only = Environment.GetEnvironmentVariable("ONLY");
if (only is null or "txt")
{
Console.WriteLine("text dumps:");
var seedWeight = double.Parse(Environment.GetEnvironmentVariable("SEED_WEIGHT") ?? "1", System.Globalization.CultureInfo.InvariantCulture);
var evaluationWeight = double.Parse(Environment.GetEnvironmentVariable("EVAL_WEIGHT") ?? "0.2", System.Globalization.CultureInfo.InvariantCulture);
var dumps = DumpPages.Load(Path.Combine(pagesDirectory, "txt"), truth).Concat(FixturePages.Load(".", seedWeight, evaluationWeight)).ToList();
var classifier = new BlockTrainer(DumpBlockFeatures.Names, DumpBlockFeatures.LexiconAt, truth).Train(dumps, Console.Out);
var real = dumps.Count(p => !p.IsFixture);
File.WriteAllLines(Path.Combine(dataDirectory, "dump-block-model.txt"), [.. ModelHeader("text dumps", real), .. classifier.Write()]);

}

if (only is null or "html")
{
Console.WriteLine("HTML:");
var htmlWeight = double.Parse(Environment.GetEnvironmentVariable("HTML_EVAL_WEIGHT") ?? "0.3", System.Globalization.CultureInfo.InvariantCulture);
var pages = HtmlPages.Load(Path.Combine(pagesDirectory, "html"), truth).Concat(FixturePages.LoadHtml(".", htmlWeight)).ToList();
var htmlClassifier = new BlockTrainer(HtmlBlockFeatures.Names, HtmlBlockFeatures.LexiconAt, truth).Train(pages, Console.Out);
File.WriteAllLines(Path.Combine(dataDirectory, "html-block-model.txt"), [.. ModelHeader("HTML pages", pages.Count(p => !p.IsFixture)), .. htmlClassifier.Write()]);
}
return 0;

static string[] ModelHeader(string kind, int pages) =>
[
    $"# The block classifier for {kind}: logistic regressions over the features named below, a first pass and a second",
    "# that also sees the first pass's verdicts on each block's neighbours, and the lexicon of words whose log odds of",
    $"# standing in article text rather than boilerplate fill three of the features. Written by tools/Reader.Train from",
    $"# {pages} hand-labelled real pages (../shared/extraction-dev); retrain with tools/train.sh, never edit by hand.",
];
