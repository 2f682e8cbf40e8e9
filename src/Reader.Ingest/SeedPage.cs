using System.Security.Cryptography;
using System.Text;
using Reader.Ingest.Html;

namespace Reader.Ingest;

/// <summary>A scraped page as it lies in <c>seeds/</c>: its decoded text and the hash of its raw bytes.</summary>
/// <param name="Source">The path recorded in front matter, relative to the project root (e.g. <c>seeds/000_x.txt</c>).</param>
public sealed record SeedPage(string Source, string Text, string Sha256)
{
    public static SeedPage Load(string path, string source)
    {
        var bytes = File.ReadAllBytes(path);
        return FromBytes(bytes, source);
    }

    public static SeedPage FromBytes(byte[] bytes, string source)
    {
        var sha = Convert.ToHexStringLower(SHA256.HashData(bytes));
        return new SeedPage(source, Decode(bytes), sha);
    }

    /// <summary>The page is HTML markup (it starts with a doctype or <c>&lt;html&gt;</c>), not a text dump.</summary>
    public bool IsHtml => HtmlPage.LooksLikeHtml(Text);

    public static SeedPage FromText(string text, string source = "seeds/test.txt") =>
        FromBytes(Encoding.UTF8.GetBytes(text), source);

    private static string Decode(byte[] bytes)
    {
        // Markup declares its encoding (or is sniffed for a legacy one); dumps are UTF-8.
        if (HtmlPage.LooksLikeHtml(System.Text.Encoding.Latin1.GetString(bytes, 0, Math.Min(bytes.Length, 512))))
        {
            return EncodingSniffer.Decode(bytes).ReplaceLineEndings("\n");
        }

        // Honour a byte-order mark; otherwise the dumps are UTF-8.
        using var reader = new StreamReader(new MemoryStream(bytes), new UTF8Encoding(false), detectEncodingFromByteOrderMarks: true);
        return reader.ReadToEnd().ReplaceLineEndings("\n");
    }
}
