using System.Text.RegularExpressions;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Reader.Content;
using MarkdownAst = Markdig.Syntax.MarkdownDocument;

namespace Reader.Site.Text;

/// <summary>Gives every heading of a body an id from <see cref="Slug.From"/>, unique on the page.</summary>
public static partial class HeadingAnchors
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
        "cite", "provenance", "mentions", "mention-themes", "mentioned-with", "timeline-years", "timeline-latest",
        "about-people", "search-query", "search-count", "footer-nav", "search-help",
    ];

    /// <summary>
    /// Adds the ids and returns the h2 sections in order that have something under them: a heading followed straight
    /// by the next one (an abstract page's empty Russian sections) leads nowhere worth listing.
    /// </summary>
    public static IReadOnlyList<TocEntry> Apply(MarkdownAst document)
    {
        ArticleMarkdown.DemoteTopHeadings(document);
        var ids = new UniqueSlugs(ReservedIds);
        var sections = new List<TocEntry>();
        TocEntry? open = null;
        var languages = new Stack<string?>();
        foreach (var block in document.Descendants<Block>())
        {
            switch (block)
            {
                case HeadingBlock heading:
                    var text = heading.Inline is null ? "" : PlainText.Of(heading.Inline);
                    var id = ids.Take(Slug.From(text.Length == 0 ? "section" : text));
                    heading.GetAttributes().Id = id;
                    if (heading.Level <= 2)
                    {
                        open = heading.Level == 2 ? new TocEntry(id, text, languages.FirstOrDefault(l => l is not null)) : null;
                    }
                    else if (open is not null)
                    {
                        sections.Add(open);
                        open = null;
                    }

                    break;
                case HtmlBlock html when !Track(languages, html.Lines.ToString()) && open is not null:
                    sections.Add(open);
                    open = null;
                    break;
                case HtmlBlock:
                    break;
                case LeafBlock when open is not null:
                    sections.Add(open);
                    open = null;
                    break;
            }
        }

        return sections;
    }

    /// <summary>Follows the <c>&lt;div lang="…"&gt;</c> passages a body opens and closes in blocks of their own; false for other HTML, which is content.</summary>
    private static bool Track(Stack<string?> languages, string html)
    {
        var trimmed = html.Trim();
        if (trimmed.StartsWith("<div", StringComparison.OrdinalIgnoreCase) && !trimmed.Contains("</div>", StringComparison.OrdinalIgnoreCase))
        {
            var match = LangAttribute().Match(trimmed);
            languages.Push(match.Success ? match.Groups[1].Value : null);
            return true;
        }

        if (trimmed.Equals("</div>", StringComparison.OrdinalIgnoreCase))
        {
            languages.TryPop(out _);
            return true;
        }

        return false;
    }

    [GeneratedRegex("""^<div\b[^>]*\blang\s*=\s*["']?([A-Za-z]{2,8}(?:-[A-Za-z0-9]{1,8})*)""", RegexOptions.IgnoreCase)]
    private static partial Regex LangAttribute();
}
