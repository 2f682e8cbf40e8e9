using Reader.Content;
using Reader.Ingest.Blocks;
using Reader.Ingest.Html;
using Reader.Ingest.Markdown;
using Reader.Ingest.Metadata;
using Reader.Ingest.Text;

namespace Reader.Ingest;

/// <summary>
/// Turns a scraped page into an article: removes site chrome, keeps every word of the article, extracts metadata.
/// HTML pages go through <see cref="HtmlCleaner"/>, text dumps through the line rules of <see cref="CleaningPipeline"/>.
/// </summary>
public sealed class Cleaner(CleaningOptions options)
{
    public Cleaner()
        : this(CleaningOptions.Default)
    {
    }

    // A text dump with fewer words than this left after cleaning is chrome only (a menu, a cookie wall), not an article.
    private const int MinTextArticleWords = 25;

    public CleanedArticle Clean(SeedPage page)
    {
        if (page.Problem is { } problem)
        {
            var empty = new ArticleFrontMatter { Title = "Untitled", Source = page.Source, SourceSha256 = page.Sha256 };
            return new CleanedArticle(empty, "", new CleaningReport(0, 0, 0, 0, [], page.Warnings), new Dictionary<string, string>(), PageKind.Unreadable, problem.Message);
        }

        var cleaned = CleanPage(page);
        return page.Warnings.Count == 0 ? cleaned : cleaned with { Report = cleaned.Report with { Warnings = [.. page.Warnings, .. cleaned.Report.Warnings] } };
    }

    private CleanedArticle CleanPage(SeedPage page)
    {
        try
        {
            // Dispatch by content, not extension: a saved page may be named .txt, and a dump may be named .html.
            return page.IsHtml ? new HtmlCleaner(options).Clean(page) : CleanDocument(page);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // A batch ingest must not stop at one odd page: hand back the raw text with the failure as a warning.
            var warning = $"cleaning failed ({e.GetType().Name}: {e.Message}); the body is the unprocessed page text";
            var matter = new ArticleFrontMatter { Title = "Untitled", Source = page.Source, SourceSha256 = page.Sha256 };
            var report = new CleaningReport(0, 0, 0, 0, [], [warning]);
            return new CleanedArticle(matter, MarkdownEscaper.Escape(page.Text.Trim()), report, new Dictionary<string, string>());
        }
    }

    private CleanedArticle CleanDocument(SeedPage page)
    {
        var document = DumpCleaner.Prepare(page.Text);
        if (options.UseBlockClassifier)
        {
            DumpCleaner.Classify(document, BlockModels.Dump);
        }

        var metadata = document.Metadata;
        var isInterview = ArticleAssembler.IsInterview(metadata);
        var blocks = BodyParser.Parse(document, isInterview);
        var (matter, bios) = ArticleAssembler.Assemble(page, metadata, blocks, isInterview);
        var (article, standfirst) = EditorialStandfirst.SetApart(blocks);
        matter = standfirst is null ? matter : matter with { Summary = standfirst };
        var body = MarkdownBodyWriter.Write(article, matter.Language);
        var report = CleaningReportBuilder.Build(document, metadata.Warnings);
        var words = article.Where(b => b.Kind is BodyBlockKind.Paragraph or BodyBlockKind.Question).Sum(b => LineShape.WordCount(b.Text) + CjkWords(b.Text));
        return words < MinTextArticleWords
            ? new CleanedArticle(matter, body, report, bios, PageKind.NoProse, $"only {words} words of prose")
            : new CleanedArticle(matter, body, report, bios);
    }

    // Japanese and Chinese are written without spaces: each ideograph or kana counts half a word, as in the HTML classifier.
    private static int CjkWords(string text) => text.Count(c => c is >= '\u3040' and <= '\u30FF' or >= '\u4E00' and <= '\u9FFF') / 2;
}
