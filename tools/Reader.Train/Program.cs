using Reader.Ingest.Html;
using Reader.Ingest.Text;
using Reader.Train;

// Trains the cleaner's block classifiers on the real-page development set and writes them into src/Reader.Ingest/Data:
//   Reader.Train PAGES_DIR TRUTH_JSON DATA_DIR    (PAGES_DIR holds html/ and txt/ as unpacked from pages.tar.xz; run
//                                                  from the repository root, which holds the fixtures; tools/train.sh)
//   Reader.Train explain PAGE                     (each block of one page with the classifier's probabilities)
//   Reader.Train time HTML_DIR                    (where the HTML path spends its time, stage by stage)
switch (args)
{
    case ["explain", var page]:
        Explain.Page(page);
        return 0;
    case ["time", var directory]:
        Timing.Html(directory);
        return 0;
    case [var pagesDirectory, var truthPath, var dataDirectory]:
        Train(pagesDirectory, Truth.Load(truthPath), dataDirectory);
        return 0;
    default:
        Console.Error.WriteLine("usage: Reader.Train PAGES_DIR TRUTH_JSON DATA_DIR | explain PAGE | time HTML_DIR");
        return 2;
}

static void Train(string pagesDirectory, Truth truth, string dataDirectory)
{
    // How much the project's own pages count beside a real page. The seeds are the collection, and their reviewed
    // goldens must hold; the written evaluation pages keep what the heuristics did well on page types the real set
    // has few of. Chosen by the cross-validated figures on the real pages and the written pages' scores together.
    const double SeedWeight = 5;
    const double WrittenDumpWeight = 0.2;
    const double WrittenHtmlWeight = 1.0;

    Console.WriteLine("text dumps:");
    var dumps = DumpPages.Load(Path.Combine(pagesDirectory, "txt"), truth).Concat(FixturePages.Load(".", SeedWeight, WrittenDumpWeight)).ToList();
    var dumpClassifier = new BlockTrainer(DumpBlockFeatures.Names, DumpBlockFeatures.LexiconAt, truth).Train(dumps, Console.Out);
    Write("dump-block-model.txt", "text dumps", dumps.Count(p => !p.IsFixture), dumpClassifier.Write());

    Console.WriteLine("HTML:");
    var pages = HtmlPages.Load(Path.Combine(pagesDirectory, "html"), truth).Concat(FixturePages.LoadHtml(".", WrittenHtmlWeight)).ToList();
    var htmlClassifier = new BlockTrainer(HtmlBlockFeatures.Names, HtmlBlockFeatures.LexiconAt, truth).Train(pages, Console.Out);
    Write("html-block-model.txt", "HTML pages", pages.Count(p => !p.IsFixture), htmlClassifier.Write());

    void Write(string file, string kind, int real, IEnumerable<string> model) =>
        File.WriteAllLines(Path.Combine(dataDirectory, file),
        [
            $"# The block classifier for {kind}: boosted decision trees over the features they name, a first pass and a second",
            "# that also sees the first pass's verdicts on each block's neighbours, and the lexicon of words whose log odds",
            "# of standing in article text rather than boilerplate fill three of the features. Written by tools/Reader.Train",
            $"# from {real} hand-labelled real pages (../shared/extraction-dev) and the project's seeds and written pages;",
            "# retrain with tools/train.sh, never edit by hand.",
            .. model,
        ]);
}
