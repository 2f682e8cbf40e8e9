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
        Train(pagesDirectory, Truth.Load(truthPath), dataDirectory, "all");
        return 0;
    case [var pagesDirectory, var truthPath, var dataDirectory, var kind] when kind is "html" or "txt":
        Train(pagesDirectory, Truth.Load(truthPath), dataDirectory, kind);
        return 0;
    default:
        Console.Error.WriteLine("usage: Reader.Train PAGES_DIR TRUTH_JSON DATA_DIR [html|txt] | explain PAGE | time HTML_DIR");
        return 2;
}

static void Train(string pagesDirectory, Truth truth, string dataDirectory, string kind)
{
    // How much the project's own pages count beside a real page. The seeds are the collection, and their reviewed
    // goldens must hold; the written evaluation pages keep what the heuristics did well on page types the real set
    // has few of. Chosen by the cross-validated figures on the real pages and the written pages' scores together.
    const double SeedWeight = 5;
    const double WrittenDumpWeight = 0.2;
    const double WrittenHtmlWeight = 1.0;

    // How much a dump block's label inferred from the HTML classifier counts beside a marked passage's (cross-validated
    // text-dump F1: without inferred labels 0.899, at 0.3 0.911, at 1.0 0.907).
    const double InferredWeight = 0.3;

    // What the HTML classifier, trained without the page, kept and dropped of each real page: the dumps' labels.
    var htmlOutputs = new Dictionary<string, (string Kept, string Dropped)>(StringComparer.Ordinal);
    if (kind is "all" or "html")
    {

        Console.WriteLine("HTML:");
        var pages = HtmlPages.Load(Path.Combine(pagesDirectory, "html"), truth).Concat(FixturePages.LoadHtml(".", WrittenHtmlWeight)).ToList();
        var htmlTrainer = new BlockTrainer(HtmlBlockFeatures.Names, HtmlBlockFeatures.LexiconAt, HtmlBlockFeatures.ClassLexiconAt, truth);
        var htmlClassifier = htmlTrainer.Train(pages, Console.Out);
        foreach (var page in pages.Where(p => !p.IsFixture))
        {
            var kept = htmlTrainer.OutOfFold[page.Id];
            htmlOutputs[page.Id] = (
                Truth.Collapse(string.Join(' ', page.Texts.Where((_, j) => kept[j]))),
                Truth.Collapse(string.Join(' ', page.Texts.Where((_, j) => !kept[j]))));
        }

        Write("html-block-model.txt", "HTML pages", pages.Count(p => !p.IsFixture), htmlClassifier.Write());
    }

    if (kind is "all" or "txt")
    {
        Console.WriteLine("text dumps:");
        var dumps = DumpPages.Load(Path.Combine(pagesDirectory, "txt"), truth, htmlOutputs, InferredWeight).Concat(FixturePages.Load(".", SeedWeight, WrittenDumpWeight)).ToList();
        var dumpClassifier = new BlockTrainer(DumpBlockFeatures.Names, DumpBlockFeatures.LexiconAt, -1, truth).Train(dumps, Console.Out);
        Write("dump-block-model.txt", "text dumps", dumps.Count(p => !p.IsFixture), dumpClassifier.Write());
    }

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
