using System.Buffers;
using System.IO.Hashing;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Reader.Site.Model;
using Reader.Site.Views;

namespace Reader.Site.Text;

/// <summary>Reads an article's body once for everything but its HTML: see <see cref="ArticleAnalysis"/>.</summary>
public static class ArticleAnalyser
{
    /// <param name="bodies">Given, renders the body's HTML from the same parse and keeps it for the page.</param>
    public static ArticleAnalysis Analyse(Article article, Vocabulary vocabulary, ArticleBodyRenderer? bodies = null)
    {
        var markdown = article.ReadMarkdown();
        var document = ArticleMarkdown.Parse(markdown);
        var sections = HeadingAnchors.Apply(document);
        var passages = PassageAnchors.Apply(document);
        var (mentions, events) = (bodies?.Passages ?? PassageReader.DatesOnly).Read(passages, ArticleBodyRenderer.Credited(article));
        var plainText = PlainText.Of(document, markdown.Length);
        using var folded = new TextBuffer(plainText.Length);
        Words.Fold(plainText, folded);
        var (words, cjkCharacters) = PlainText.ReadingLength(plainText);
        var text = new ArticleText(
            words,
            cjkCharacters,
            Formatting.Excerpt(plainText),
            Repeats(folded.Span, article.Summary),
            sections,
            Hash(article.MarkdownUtf8),
            Links(document),
            mentions,
            events);
        bodies?.Keep(article, document);
        var title = Words.Fold(article.Title);
        return new ArticleAnalysis(text, Words.Count(title, folded.Span, vocabulary), SearchTokens.Of(title, folded.Span, vocabulary));
    }

    /// <summary>The Markdown's own links and images, read before anything links people: those are the site's and always lead somewhere.</summary>
    private static IReadOnlyList<BodyLink> Links(Markdig.Syntax.MarkdownDocument document) =>
    [
        .. Markdig.Syntax.MarkdownObjectExtensions.Descendants<Markdig.Syntax.Inlines.LinkInline>(document)
            .Where(l => l.Url is { Length: > 0 })
            .Select(l => new BodyLink(l.Url!, l.IsImage, l.Line, l.Column)),
    ];

    /// <summary>
    /// Whether the body already holds the summary's words: ingest takes the page's own abstract or first
    /// paragraph, which usually stays in the body (an interview's first answer, a chapter's "Summary" section).
    /// </summary>
    /// <param name="foldedText">The body's plain text, folded: white space collapsed to single spaces.</param>
    private static bool Repeats(ReadOnlySpan<char> foldedText, string? summary)
    {
        if (string.IsNullOrWhiteSpace(summary))
        {
            return false;
        }

        var folded = Flatten(summary).TrimEnd('…', '.', ' ');
        var probe = folded[..Math.Min(folded.Length, 120)];
        return foldedText.Contains(probe, StringComparison.Ordinal);
    }

    // These hashes only tell a changed text from an unchanged one, so a fast non-cryptographic hash serves: XXH128
    // reads a body ten times faster than SHA-256 and every build hashes each body twice.
    private static string Hash(ReadOnlySpan<byte> bytes) => Convert.ToHexString(XxHash128.Hash(bytes));

    private static string Flatten(string text) => PlainText.Collapse(Words.Fold(text));
}
