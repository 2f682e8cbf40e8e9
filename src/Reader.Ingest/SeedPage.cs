using System.Security.Cryptography;
using System.Text;

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

    public static SeedPage FromText(string text, string source = "seeds/test.txt") =>
        FromBytes(Encoding.UTF8.GetBytes(text), source);

    private static string Decode(byte[] bytes)
    {
        // Honour a byte-order mark; otherwise the dumps are UTF-8.
        using var reader = new StreamReader(new MemoryStream(bytes), new UTF8Encoding(false), detectEncodingFromByteOrderMarks: true);
        return reader.ReadToEnd().ReplaceLineEndings("\n");
    }
}
