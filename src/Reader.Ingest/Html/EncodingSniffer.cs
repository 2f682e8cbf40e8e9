using System.Text;
using System.Text.RegularExpressions;

namespace Reader.Ingest.Html;

/// <summary>
/// Decides how a saved HTML page's bytes are encoded, the way browsers do: a byte-order mark, then a
/// <c>&lt;meta charset&gt;</c> or <c>http-equiv</c> declaration in the first 1024 bytes, then UTF-8 when the bytes
/// are valid UTF-8, then a guess between the legacy encodings pages in this reader use (Windows-1251, Shift_JIS, EUC-JP).
/// </summary>
public static partial class EncodingSniffer
{
    private const int PrescanBytes = 1024;

    static EncodingSniffer() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static Encoding Detect(ReadOnlySpan<byte> bytes) => FromBom(bytes) ?? FromMeta(bytes) ?? Guess(bytes);

    /// <summary>Decodes the bytes with the detected encoding, dropping a byte-order mark.</summary>
    public static string Decode(byte[] bytes)
    {
        var encoding = Detect(bytes);
        var preamble = encoding.GetPreamble();
        var skip = preamble.Length > 0 && bytes.AsSpan().StartsWith(preamble) ? preamble.Length : 0;
        return encoding.GetString(bytes, skip, bytes.Length - skip);
    }

    private static Encoding? FromBom(ReadOnlySpan<byte> bytes) => bytes switch
    {
        [0xEF, 0xBB, 0xBF, ..] => new UTF8Encoding(true),
        [0xFF, 0xFE, ..] => Encoding.Unicode,
        [0xFE, 0xFF, ..] => Encoding.BigEndianUnicode,
        _ => null,
    };

    private static Encoding? FromMeta(ReadOnlySpan<byte> bytes)
    {
        // Declarations are ASCII; Latin-1 maps every byte to one char, so the regex sees the bytes as they are.
        var head = Encoding.Latin1.GetString(bytes[..Math.Min(bytes.Length, PrescanBytes)]);
        var match = CharsetPattern().Match(head);
        if (!match.Success)
        {
            return null;
        }

        var name = match.Groups["name"].Value.Trim().ToLowerInvariant();

        // As the HTML standard says: a page that declares UTF-16 in ASCII bytes is not UTF-16; x-sjis etc. are aliases.
        name = name switch
        {
            "utf-16" or "utf-16le" or "utf-16be" => "utf-8",
            "x-sjis" or "sjis" or "shift-jis" or "ms_kanji" or "windows-31j" => "shift_jis",
            "x-euc-jp" => "euc-jp",
            "iso-8859-1" or "latin1" or "us-ascii" => "windows-1252",
            _ => name,
        };
        try
        {
            return Encoding.GetEncoding(name);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    private static Encoding Guess(ReadOnlySpan<byte> bytes)
    {
        if (IsValidUtf8(bytes))
        {
            return new UTF8Encoding(false);
        }

        if (CyrillicShare(bytes) > 0.6)
        {
            return Encoding.GetEncoding(1251);
        }

        foreach (var name in (string[])["shift_jis", "euc-jp"])
        {
            var encoding = Encoding.GetEncoding(name, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
            try
            {
                encoding.GetCharCount(bytes);
                return Encoding.GetEncoding(name);
            }
            catch (DecoderFallbackException)
            {
                // Not this one; try the next.
            }
        }

        return Encoding.GetEncoding(1252);
    }

    private static bool IsValidUtf8(ReadOnlySpan<byte> bytes) => System.Text.Unicode.Utf8.IsValid(bytes);

    /// <summary>The share of high bytes that are Windows-1251 letters (0xC0–0xFF): Russian text is mostly those.</summary>
    public static double CyrillicShare(ReadOnlySpan<byte> bytes)
    {
        int high = 0, letters = 0;
        foreach (var b in bytes)
        {
            if (b >= 0x80)
            {
                high++;
                letters += b >= 0xC0 ? 1 : 0;
            }
        }

        return high == 0 ? 0 : (double)letters / high;
    }

    [GeneratedRegex("""<meta[^>]+?charset\s*=\s*["']?\s*(?<name>[A-Za-z0-9_:.\-]+)""", RegexOptions.IgnoreCase)]
    private static partial Regex CharsetPattern();
}
