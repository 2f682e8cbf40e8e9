using Markdig;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using MarkdownAst = Markdig.Syntax.MarkdownDocument;

namespace Reader.Site.Text;

/// <summary>The one Markdig pipeline every body is parsed and rendered with.</summary>
public static class ArticleMarkdown
{
    // No AutoIdentifiers: heading ids come from Slug.From (see HeadingAnchors) so they match the site's URL rules.
    // Raw HTML stays enabled: bodies wrap passages in another language in <div lang="…">.
    public static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UsePipeTables()
        .UseFootnotes()
        .UseEmphasisExtras()
        .UseAutoLinks()
        .UseFigures()
        .Build();

    /// <summary>
    /// Parses a body. Bodies nested too deeply for Markdig are flattened when the site is loaded, with a warning
    /// (<see cref="MarkdownNesting.Guard"/>); one that slips past that check is read as plain text here rather than
    /// stopping the build.
    /// </summary>
    public static MarkdownAst Parse(string markdown)
    {
        MarkdownAst document;
        try
        {
            document = Markdown.Parse(markdown, Pipeline);
        }
        catch (ArgumentException e) when (e.Message.Contains("nested", StringComparison.Ordinal))
        {
            document = Markdown.Parse(MarkdownNesting.Flatten(markdown), Pipeline);
        }

        SmartQuotes.Apply(document);
        return document;
    }

    /// <summary>Renders a short body (bio, theme description, introduction) whose headings need no anchors.</summary>
    public static string ToHtml(string markdown)
    {
        var document = Parse(markdown);
        DemoteTopHeadings(document);
        return ToHtml(document);
    }

    /// <summary>Renders a short body shown beside other content (a bio after an article): all its ids take <paramref name="idPrefix"/>.</summary>
    public static string ToHtml(string markdown, string idPrefix)
    {
        var document = Parse(markdown);
        DemoteTopHeadings(document);
        SafeLinks.Apply(document);
        return Reader.Content.UnsafeCharacters.Remove(HtmlSanitizer.Clean(Markdown.ToHtml(document, Pipeline), idPrefix: idPrefix));
    }

    /// <summary>
    /// Renders a parsed body. Every HTML the site shows from content passes here: links are made safe, and a
    /// document with raw HTML is sanitised whole, since raw tags can be split across Markdown nodes.
    /// </summary>
    public static string ToHtml(MarkdownAst document)
    {
        var hasRawHtml = SafeLinks.Apply(document);
        var html = Markdown.ToHtml(document, Pipeline);

        // A character reference can name what no page or feed may hold ("&#14;", "&#65534;"); its text never does.
        return Reader.Content.UnsafeCharacters.Remove(hasRawHtml ? HtmlSanitizer.Clean(html, HeadingIds(document)) : html);
    }

    /// <summary>The ids <see cref="HeadingAnchors"/> and <see cref="PassageAnchors"/> gave the document's headings, paragraphs and tight list items: Reader's, unlike ids in raw HTML.</summary>
    private static HashSet<string> HeadingIds(MarkdownAst document) =>
        [.. document.Descendants<Block>().Where(b => b is HeadingBlock or ParagraphBlock or ListItemBlock).Select(h => h.TryGetAttributes()?.Id).OfType<string>()];

    /// <summary>The page title is the page's only h1, so a '# Heading' in a body becomes an h2.</summary>
    public static void DemoteTopHeadings(MarkdownAst document)
    {
        foreach (var heading in document.Descendants<HeadingBlock>())
        {
            if (heading.Level == 1)
            {
                heading.Level = 2;
            }
        }
    }
}
