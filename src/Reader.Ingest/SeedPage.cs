using System.Security.Cryptography;
using System.Text;
using Reader.Ingest.Html;

namespace Reader.Ingest;

/// <summary>A scraped page as it lies in <c>seeds/</c>: its decoded text and the hash of its raw bytes.</summary>
/// <param name="Source">The path recorded in front matter, relative to the project root (e.g. <c>seeds/000_x.txt</c>).</param>
public sealed record SeedPage(string Source, string Text, string Sha256)
{
    /// <summary>What decoding had to repair or guess: a legacy encoding, broken UTF-8, NUL bytes.</summary>
    public IReadOnlyList<string> Warnings { get; init; } = [];

    /// <summary>Why the file is not a page at all (empty, binary, too large); null for a readable page.</summary>
    public SeedProblem? Problem { get; init; }

    public static SeedPage Load(string path, string source)
    {
        // A file over the limit is hashed as a stream and never held in memory.
        var length = new FileInfo(path).Length;
        if (length > SeedDecoder.MaxBytes)
        {
            using var stream = File.OpenRead(path);
            return new SeedPage(source, "", Convert.ToHexStringLower(SHA256.HashData(stream))) { Problem = SeedProblem.TooLarge(length) };
        }

        return FromBytes(File.ReadAllBytes(path), source);
    }

    public static SeedPage FromBytes(byte[] bytes, string source)
    {
        var sha = Convert.ToHexStringLower(SHA256.HashData(bytes));
        var (text, warnings, problem) = SeedDecoder.Decode(bytes);
        return new SeedPage(source, text, sha) { Warnings = warnings, Problem = problem };
    }

    /// <summary>The page is HTML markup (it starts with a doctype or <c>&lt;html&gt;</c>), not a text dump.</summary>
    public bool IsHtml => HtmlPage.LooksLikeHtml(Text);

    public static SeedPage FromText(string text, string source = "seeds/test.txt") =>
        FromBytes(Encoding.UTF8.GetBytes(text), source);
}
