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
    // Cyrillic and Japanese stay as UTF-8 rather than \u escapes: the search index is a third smaller.
    private static readonly JavaScriptEncoder SearchEncoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping;

    /// <param name="bodies">Given, renders the body's HTML from the same parse and keeps it for the page.</param>
    public static ArticleAnalysis Analyse(Article article, Vocabulary vocabulary, ArticleBodyRenderer? bodies = null)
    {
        var markdown = article.ReadMarkdown();
        var document = ArticleMarkdown.Parse(markdown);
        var sections = HeadingAnchors.Apply(document);
        var plainText = PlainText.Of(document, markdown.Length);
        using var folded = new TextBuffer(plainText.Length);
        Words.Fold(plainText, folded);
        var searchText = SearchText(plainText);
        var text = new ArticleText(
            PlainText.CountWords(plainText),
            Formatting.Excerpt(plainText),
            Repeats(folded.Span, article.Summary),
            sections,
            Hash(article.MarkdownUtf8),
            Hash(searchText),
            Links(document));
        bodies?.Keep(article, document);
        return new ArticleAnalysis(text, Words.Count(Words.Fold(article.Title), folded.Span, vocabulary), searchText);
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

    /// <summary>
    /// The text as a quoted JSON string in UTF-8, escaped straight from one UTF-8 copy in pooled buffers
    /// (<see cref="JsonEncodedText"/> would also keep the escaped text as a string).
    /// </summary>
    private static byte[] SearchText(string plainText)
    {
        var utf8 = ArrayPool<byte>.Shared.Rent(Encoding.UTF8.GetMaxByteCount(plainText.Length));
        var length = Encoding.UTF8.GetBytes(plainText, utf8);
        // An escape is at most six bytes (\u0001) for each byte it replaces.
        var escaped = ArrayPool<byte>.Shared.Rent((length * 6) + 2);
        SearchEncoder.EncodeUtf8(utf8.AsSpan(0, length), escaped.AsSpan(1), out _, out var written);
        escaped[0] = escaped[written + 1] = (byte)'"';
        var quoted = escaped.AsSpan(0, written + 2).ToArray();
        ArrayPool<byte>.Shared.Return(utf8);
        ArrayPool<byte>.Shared.Return(escaped);
        return quoted;
    }

    // These hashes only tell a changed text from an unchanged one, so a fast non-cryptographic hash serves: XXH128
    // reads a body ten times faster than SHA-256 and every build hashes each body twice.
    private static string Hash(ReadOnlySpan<byte> bytes) => Convert.ToHexString(XxHash128.Hash(bytes));

    private static string Flatten(string text) => PlainText.Collapse(Words.Fold(text));
}
