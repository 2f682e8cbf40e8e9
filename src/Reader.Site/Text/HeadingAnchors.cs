using Markdig.Renderers.Html;
using Markdig.Syntax;
using Reader.Content;
using MarkdownAst = Markdig.Syntax.MarkdownDocument;

namespace Reader.Site.Text;

/// <summary>Gives every heading of a body an id from <see cref="Slug.From"/>, unique on the page.</summary>
public static class HeadingAnchors
{
    /// <summary>
    /// Ids the page templates use around the body; a heading called "Contents" must not take them. A test holds this
    /// list to the ids written in <c>theme/</c>.
    /// </summary>
    public static readonly IReadOnlyList<string> ReservedIds =
    [
        "main", "top", "contents", "related", "search", "search-input", "search-results", "search-status",
        "theme-toggle", "article-body", "footnotes", "articles", "author-themes", "co-authors", "home-authors",
        "home-themes", "interviewed", "interviewed-by", "latest", "related-themes", "theme-authors", "undated",
        "cite", "provenance", "mentions", "mention-themes", "mentioned-with", "timeline-status", "timeline-filter",
        "timeline-theme", "timeline-person",
    ];

    /// <summary>Adds the ids and returns the h2 sections in order.</summary>
    public static IReadOnlyList<TocEntry> Apply(MarkdownAst document)
    {
        ArticleMarkdown.DemoteTopHeadings(document);
        var ids = new UniqueSlugs(ReservedIds);
        var sections = new List<TocEntry>();
        foreach (var heading in document.Descendants<HeadingBlock>())
        {
            var text = heading.Inline is null ? "" : PlainText.Of(heading.Inline);
            var id = ids.Take(Slug.From(text.Length == 0 ? "section" : text));
            heading.GetAttributes().Id = id;
            if (heading.Level == 2)
            {
                sections.Add(new TocEntry(id, text));
            }
        }

        return sections;
    }
}
