using AngleSharp.Dom;

namespace Reader.Ingest.Html;

/// <summary>
/// Writes the located body as Markdown: headings from <c>##</c>, paragraphs, nested lists, quotes, emphasis,
/// absolute links and images, pipe tables, figures with captions and footnotes. Text is escaped with
/// <see cref="Reader.Ingest.Markdown.MarkdownEscaper"/> so the rendered words are the page's words.
/// </summary>
public sealed class HtmlToMarkdown(UrlResolver urls)
{
    public string Convert(IEnumerable<IElement> roots)
    {
        var writer = new MarkdownBlockWriter(urls);
        foreach (var root in roots)
        {
            writer.Node(root);
            writer.Flush();
        }

        return writer.Blocks.Count == 0 ? "" : string.Join("\n\n", writer.Blocks) + "\n";
    }
}
