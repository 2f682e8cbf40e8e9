using System.Text.RegularExpressions;
using Reader.Ingest;
using Reader.Ingest.Blocks;
using Reader.Ingest.Text;

namespace Reader.Train;

/// <summary>
/// Pages whose whole article text the project knows: the collection's seeds (their reviewed goldens) and the written
/// evaluation pages' dumps (their expected text). Every block is labelled, by whether its text is in the article.
/// They teach the classifier what the project has promised to keep; they are never what its quality is judged by.
/// </summary>
internal static partial class FixturePages
{
    /// <summary>The written evaluation pages as HTML, every block labelled by the page's expected text.</summary>
    public static IReadOnlyList<LabelledPage> LoadHtml(string repository, double weight)
    {
        var pages = new List<LabelledPage>();
        var evaluation = Path.Combine(repository, "tests/Reader.Ingest.Tests/Evaluation");
        foreach (var expected in Directory.GetFiles(evaluation, "*.expected.txt").Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileName(expected)[..^".expected.txt".Length];
            var text = File.ReadAllText(expected);
            var path = Path.Combine(evaluation, name + ".html");
            if (text.Trim().Length == 0 || !File.Exists(path))
            {
                continue;
            }

            var body = Truth.Collapse(text);
            var (texts, classes, features) = HtmlPages.Measure(path);
            var labels = texts.Select(t => (int?)(body.Contains(Truth.Collapse(t), StringComparison.Ordinal) ? 1 : 0)).ToArray();
            pages.Add(new LabelledPage(path, texts, classes, features, labels, weight, IsFixture: true));
        }

        return pages;
    }

    public static IReadOnlyList<LabelledPage> Load(string repository, double seedWeight, double evaluationWeight)
    {
        var pages = new List<LabelledPage>();
        var goldens = Path.Combine(repository, "tests/Reader.Ingest.Tests/Goldens");
        foreach (var seed in Directory.GetFiles(Path.Combine(repository, "seeds"), "*.txt").Order(StringComparer.Ordinal))
        {
            var golden = Path.Combine(goldens, Path.GetFileNameWithoutExtension(seed) + ".verified.md");
            if (File.Exists(golden))
            {
                pages.Add(Page(seed, PlainText(File.ReadAllText(golden)), seedWeight));
            }
        }

        var evaluation = Path.Combine(repository, "tests/Reader.Ingest.Tests/Evaluation");
        foreach (var expected in Directory.GetFiles(evaluation, "*.expected.txt").Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileName(expected)[..^".expected.txt".Length];
            var text = File.ReadAllText(expected);
            if (text.Trim().Length == 0)
            {
                continue;
            }

            foreach (var dump in Directory.GetFiles(evaluation, name + ".*.txt").Where(f => f != expected).Order(StringComparer.Ordinal))
            {
                pages.Add(Page(dump, text, evaluationWeight));
            }

            // The article text alone, as a maintainer might paste it: every block of it is the article.
            pages.Add(Page(expected, text, evaluationWeight));
        }

        return pages;
    }

    private static LabelledPage Page(string path, string article, double weight)
    {
        var seed = SeedPage.FromBytes(File.ReadAllBytes(path), path);
        var document = DumpCleaner.Prepare(seed.Text);
        var blocks = DumpSegmenter.Segment(document, DumpCleaner.IsCertain);
        var texts = blocks.Select(b => b.Text).ToArray();
        var body = Truth.Collapse(article);
        var labels = blocks.Select(b => (int?)(body.Contains(Truth.Collapse(b.Text), StringComparison.Ordinal) ? 1 : 0)).ToArray();
        return new LabelledPage(path, texts, [], DumpBlockFeatures.Compute(document, blocks, BlockLexicon.Empty), labels, weight, IsFixture: true);
    }

    /// <summary>A golden's body as plain text: no front matter, block markers, emphasis, link targets or escapes.</summary>
    private static string PlainText(string markdown)
    {
        var body = FrontMatter().Replace(markdown, "");
        body = Link().Replace(body, "$1");
        body = BlockMarker().Replace(body, "");
        body = body.Replace("**", "", StringComparison.Ordinal).Replace("\\", "", StringComparison.Ordinal);
        return Tag().Replace(body, " ");
    }

    [GeneratedRegex(@"\A---\n.*?\n---\n", RegexOptions.Singleline)]
    private static partial Regex FrontMatter();

    [GeneratedRegex(@"\[([^\]]*)\]\([^)]*\)")]
    private static partial Regex Link();

    [GeneratedRegex(@"^(?:#+ |- |\d+\. |> ?)", RegexOptions.Multiline)]
    private static partial Regex BlockMarker();

    [GeneratedRegex(@"</?div[^>]*>")]
    private static partial Regex Tag();
}
