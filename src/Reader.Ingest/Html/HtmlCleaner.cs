using AngleSharp.Dom;
using Reader.Content;
using Reader.Ingest.Blocks;
using Reader.Ingest.Markdown;
using Reader.Ingest.Metadata;

namespace Reader.Ingest.Html;

/// <summary>
/// Cleans an HTML page: reads its metadata, removes chrome, locates the article body, prunes chrome inside it,
/// writes it as Markdown, and says whether the page is an article at all.
/// </summary>
public sealed class HtmlCleaner(CleaningOptions options)
{
    // JSON-LD articleBody replaces the markup's text only when the markup gave much less: the markup keeps headings and links.
    private const double JsonLdBodyShare = 0.5;

    public HtmlCleaner()
        : this(CleaningOptions.Default)
    {
    }

    public CleanedArticle Clean(SeedPage page)
    {
        var html = HtmlPage.Parse(page.Text);
        var document = html.Document;
        var metadata = HtmlMetadataExtractor.Extract(document);
        var listingTeasers = PageClassifier.Teasers(document);
        var body = document.Body ?? document.DocumentElement;
        var warnings = new List<string>();

        var before = TextMeasure.Length(body);
        var blocks = HtmlBlocks.Collect(body);
        var (keep, removals) = Classify(body, blocks, metadata.Language);
        BlockSelection.Apply(body, blocks, keep);
        RemoveTitle(body, metadata.Title);
        var markdown = LeadingMetadata.Trim(new HtmlToMarkdown(new UrlResolver(metadata.BaseUri)).Convert([body]), metadata.Title);
        if (options.UseJsonLdBody && metadata.ArticleBody is { Length: > 200 } ldBody && TextMeasure.Collapse(markdown).Length < ldBody.Length * JsonLdBodyShare)
        {
            markdown = JsonLdBody(ldBody);
            warnings.Add("the page's markup holds little of the article; the body is taken from its JSON-LD articleBody");
        }

        var language = metadata.Language ?? PageLanguage.Detect(markdown) ?? "en";
        var (kind, reason) = PageClassifier.Classify(document, metadata, markdown, listingTeasers);
        var matter = new ArticleFrontMatter
        {
            Title = metadata.Title ?? Derived(markdown, warnings),
            Subtitle = metadata.Subtitle,
            Authors = metadata.Authors,
            Date = metadata.Date,
            Publisher = metadata.Publisher,
            Kind = metadata.Kind ?? "article",
            Language = language,
            Summary = metadata.Summary is { } summary ? TextMeasure.Collapse(summary) : null,
            Source = page.Source,
            SourceUrl = metadata.SourceUrl,
            SourceSha256 = page.Sha256,
        };
        Warn(matter, warnings, reason);

        var kept = TextMeasure.Collapse(markdown).Length;
        var report = new CleaningReport(keep.Count(k => k), keep.Count(k => !k), kept, Math.Max(0, before - kept), removals, warnings);
        return new CleanedArticle(matter, markdown, report, new Dictionary<string, string>(), kind, reason);
    }

    /// <summary>
    /// Which blocks are the article's, by the block classifier over the heuristics' verdicts and the blocks' features,
    /// and what was removed, by reason, for the report.
    /// </summary>
    private (bool[] Keep, IReadOnlyList<RuleRemoval> Removals) Classify(IElement body, IReadOnlyList<HtmlBlock> blocks, string? language)
    {
        if (blocks.Count == 0)
        {
            return ([], []);
        }

        var verdicts = HtmlVerdicts.Of(body, blocks, options);
        var ancestry = new HtmlAncestry(body, ClassHints.Default);
        var hidden = blocks.Select(b => ancestry.Of(b.Owner).Hidden).ToArray();
        var keep = verdicts.Kept;
        if (options.UseBlockClassifier)
        {
            var classifier = BlockModels.Html;
            var features = HtmlBlockFeatures.Compute(blocks, ancestry, verdicts, classifier.Lexicon, classifier.ClassLexicon, language);

            // What the page hides from its readers is never its article, whatever the text looks like, nor is text the
            // phrase lists know for chrome.
            keep = [.. classifier.Probabilities(features).Select((p, j) => p >= classifier.Threshold && !hidden[j])];
            for (var j = 0; j < keep.Length; j++)
            {
                if (keep[j] && KnownChrome.Matches(blocks[j].Text))
                {
                    keep[j] = false;
                }
            }

            BlockSelection.JudgeTablesWhole(blocks, keep);
            BlockSelection.KeepNotes(body, blocks, keep);
            BlockSelection.KeepSectionHeadings(blocks, keep);

            // The classifier never turns a page the heuristics read as an article into one without any.
            if (!keep.Any(k => k))
            {
                keep = verdicts.Kept;
            }
        }

        return (keep, HtmlRemovals.Of(blocks, keep, verdicts, hidden));
    }

    /// <summary>The article's own h1 (and a repeat of the title in any heading) is the title, not a body heading.</summary>
    private static void RemoveTitle(IElement root, string? title)
    {
        var normalizedTitle = title is null ? null : TextMeasure.Collapse(title);
        foreach (var heading in root.QuerySelectorAll("h1, h2").ToList())
        {
            var text = TextMeasure.Collapse(heading.TextContent);
            if (heading.LocalName == "h1" || string.Equals(text, normalizedTitle, StringComparison.OrdinalIgnoreCase))
            {
                heading.Remove();
            }
        }
    }

    private static string JsonLdBody(string text)
    {
        var paragraphs = text.ReplaceLineEndings("\n").Split('\n')
            .Select(TextMeasure.Collapse)
            .Where(p => p.Length > 0)
            .Select(p => MarkdownEscaper.Escape(p));
        return string.Join("\n\n", paragraphs) + "\n";
    }

    private static string Derived(string markdown, List<string> warnings)
    {
        var first = markdown.Split("\n\n").FirstOrDefault(p => p.Length > 0 && p[0] != '#' && p[0] != '!');
        if (first is null)
        {
            warnings.Add("the page states no title and has no text to derive one from; title set to 'Untitled'");
            return "Untitled";
        }

        warnings.Add("the page states no title; title derived from the first sentence");
        return TitleFinder.Derive(first);
    }

    private static void Warn(ArticleFrontMatter matter, List<string> warnings, string? notArticle)
    {
        if (notArticle is not null)
        {
            warnings.Add($"not an article: {notArticle}");
            return;
        }

        if (matter.Authors.Count == 0)
        {
            warnings.Add("no author found");
        }

        if (matter.Date is null)
        {
            warnings.Add("no publication date stated");
        }

        if (matter.Publisher is null)
        {
            warnings.Add("no publisher found");
        }
    }
}
