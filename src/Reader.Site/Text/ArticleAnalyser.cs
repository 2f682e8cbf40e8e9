using System.Security.Cryptography;
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
        var folded = Words.Fold(plainText);
        var searchText = SearchText(plainText);
        var text = new ArticleText(
            PlainText.CountWords(plainText),
            Formatting.Excerpt(plainText),
            Repeats(folded, article.Matter.Summary),
            sections,
            Hash(article.MarkdownUtf8),
            Hash(searchText));
        bodies?.Keep(article, document);
        return new ArticleAnalysis(text, Words.Count([Words.Fold(article.Title), folded], vocabulary), searchText);
    }

    /// <summary>
    /// Whether the body already holds the summary's words: ingest takes the page's own abstract or first
    /// paragraph, which usually stays in the body (an interview's first answer, a chapter's "Summary" section).
    /// </summary>
    /// <param name="foldedText">The body's plain text, folded: white space collapsed within lines, lines ending in "\n".</param>
    private static bool Repeats(string foldedText, string? summary)
    {
        if (string.IsNullOrWhiteSpace(summary))
        {
            return false;
        }

        var folded = Flatten(summary).TrimEnd('…', '.', ' ');
        var probe = folded[..Math.Min(folded.Length, 120)];
        return foldedText.Replace('\n', ' ').Contains(probe, StringComparison.Ordinal);
    }

    private static byte[] SearchText(string plainText)
    {
        var encoded = JsonEncodedText.Encode(plainText, SearchEncoder).EncodedUtf8Bytes;
        var quoted = new byte[encoded.Length + 2];
        quoted[0] = quoted[^1] = (byte)'"';
        encoded.CopyTo(quoted.AsSpan(1));
        return quoted;
    }

    private static string Hash(ReadOnlySpan<byte> bytes) => Convert.ToHexString(SHA256.HashData(bytes));

    private static string Flatten(string text) => PlainText.Collapse(Words.Fold(text));
}
