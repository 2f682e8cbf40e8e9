using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Reader.Site.Model;
using Reader.Site.Views;

namespace Reader.Site.Text;

/// <summary>Reads an article's body once for everything but its HTML: see <see cref="ArticleText"/>.</summary>
public static class ArticleAnalyser
{
    // Cyrillic and Japanese stay as UTF-8 rather than \u escapes: the search index is a third smaller.
    private static readonly JavaScriptEncoder SearchEncoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping;

    public static ArticleText Analyse(Article article, Vocabulary vocabulary)
    {
        var document = ArticleMarkdown.Parse(article.Markdown);
        var sections = HeadingAnchors.Apply(document);
        var plainText = PlainText.Of(document);
        var searchText = JsonEncodedText.Encode(plainText, SearchEncoder);
        return new ArticleText(
            PlainText.CountWords(plainText),
            Formatting.Excerpt(plainText),
            Repeats(plainText, article.Matter.Summary),
            sections,
            Words.Count(article.Title + "\n" + plainText, vocabulary),
            searchText,
            Hash(Encoding.UTF8.GetBytes(article.Markdown)),
            Hash(searchText.EncodedUtf8Bytes));
    }

    /// <summary>
    /// Whether the body already holds the summary's words: ingest takes the page's own abstract or first
    /// paragraph, which usually stays in the body (an interview's first answer, a chapter's "Summary" section).
    /// </summary>
    public static bool Repeats(string plainText, string? summary)
    {
        if (string.IsNullOrWhiteSpace(summary))
        {
            return false;
        }

        var folded = Flatten(summary).TrimEnd('…', '.', ' ');
        var probe = folded[..Math.Min(folded.Length, 120)];
        return Flatten(plainText).Contains(probe, StringComparison.Ordinal);
    }

    private static string Hash(ReadOnlySpan<byte> bytes) => Convert.ToHexString(SHA256.HashData(bytes));

    private static string Flatten(string text) =>
        string.Join(' ', Words.Fold(text).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
