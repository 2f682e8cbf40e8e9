using System.IO.Compression;
using System.Text;

namespace Reader.Site.Text;

/// <summary>
/// A body's HTML kept from the analysis for the pages, feeds and books that read it: as text, or deflated when the
/// build already keeps many bodies. Deflated, a body takes about a ninth of the memory (UTF-8, then a third of
/// that), and inflating it is many times faster than parsing and rendering its Markdown again, which a body not
/// kept costs each of its readers (its page, its book, and up to eight feeds).
/// </summary>
public sealed class KeptBody
{
    private readonly string? _html;
    private readonly byte[]? _deflated;
    private readonly int _length;

    private KeptBody(string? html, byte[]? deflated, int length) => (_html, _deflated, _length) = (html, deflated, length);

    /// <summary>What keeping it costs, in bytes: two per character of text, or the deflated length.</summary>
    public long Size => _deflated?.Length ?? 2L * _html!.Length;

    public static KeptBody Text(string html) => new(html, null, html.Length);

    // Fastest, not Optimal: every body of a large collection goes through here once, and is read two or three times.
    public static KeptBody Deflated(string html)
    {
        var bytes = Encoding.UTF8.GetBytes(html);
        var stream = new MemoryStream(bytes.Length / 3);
        using (var deflate = new DeflateStream(stream, CompressionLevel.Fastest, leaveOpen: true))
        {
            deflate.Write(bytes);
        }

        return new KeptBody(null, stream.ToArray(), bytes.Length);
    }

    public string Html()
    {
        if (_html is not null)
        {
            return _html;
        }

        var bytes = new byte[_length];
        using var inflate = new DeflateStream(new MemoryStream(_deflated!), CompressionMode.Decompress);
        inflate.ReadExactly(bytes);
        return Encoding.UTF8.GetString(bytes);
    }
}
