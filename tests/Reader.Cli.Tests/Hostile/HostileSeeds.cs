using System.Text;

namespace Reader.Cli.Tests.Hostile;

/// <summary>
/// The catalogue of broken and hostile files a <c>seeds/</c> folder can hold. Large and binary ones are generated
/// here, deterministically, rather than committed.
/// </summary>
public static class HostileSeeds
{
    public const string Prose =
        "The negotiations between the two governments continued through the winter, and the islands remained the central question of every meeting. " +
        "Officials on both sides described the talks as difficult but necessary, and neither capital was willing to give ground on the principle of sovereignty.";

    public const string Article = "Talks On The Islands Resume\n\n" + Prose + "\n\n" + Prose + "\n";

    public const string Russian =
        "Переговоры о мирном договоре\n\n" +
        "Переговоры между двумя правительствами продолжались всю зиму, и острова оставались главным вопросом каждой встречи. " +
        "Официальные лица обеих сторон называли переговоры трудными, но необходимыми, и ни одна из столиц не была готова уступить в вопросе суверенитета.\n";

    public const string Japanese =
        "北方領土交渉の行方\n\n" +
        "両国政府の交渉は冬の間も続き、島々の問題はあらゆる会合の中心的な議題であり続けた。" +
        "双方の当局者は交渉を困難だが必要なものと表現し、どちらの首都も主権の原則について譲歩する用意はなかった。" +
        "専門家は、経済協力が信頼を築く第一歩になると指摘している。\n";

    public const string AllChrome =
        "Example News\n\nHome | World | Politics | Business | Sport\n\n  * Home\n  * About us\n  * Contact\n  * Subscribe\n\n" +
        "We use cookies to improve your experience on our site. Accept\n\nShare on Facebook\nShare on Twitter\n\n© 2024 Example News. All rights reserved.\n";

    static HostileSeeds() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);

    public static byte[] Encoded(string text, string encoding) => Encoding.GetEncoding(encoding).GetBytes(text);

    public static byte[] Utf16WithBom(string text) => [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(text)];

    public static byte[] RandomBytes(int count, int seed)
    {
        var bytes = new byte[count];
        new Random(seed).NextBytes(bytes);
        return bytes;
    }

    /// <summary>A UTF-8 article with three bytes cut out of the middle of multi-byte letters, as a broken download leaves it.</summary>
    public static byte[] BrokenUtf8()
    {
        var bytes = Utf8(Article.Replace("winter", "winter — “hard” — ", StringComparison.Ordinal));
        var dash = Array.IndexOf(bytes, (byte)0xE2);
        return [.. bytes[..dash], 0xE2, 0x28, .. bytes[(dash + 3)..], 0xFF, 0xC3];
    }

    public static byte[] WithNuls() => Utf8(Article.Replace("winter,", "winter,\0\0", StringComparison.Ordinal).Replace("sovereignty.", "sovereignty.\0", StringComparison.Ordinal));

    /// <summary>A text dump with the non-characters U+FFFE and U+FFFF in its prose, which no page or feed can hold.</summary>
    public static byte[] WithNonCharacters() => Utf8(Article.Replace("winter,", "winter,\uFFFE\uFFFF", StringComparison.Ordinal).Replace("sovereignty.", "sovereignty.\uFFFE", StringComparison.Ordinal));

    /// <summary>An HTML page whose text names control characters and a non-character by reference, as a browser would decode them.</summary>
    public static byte[] HtmlWithControlEntities() => Utf8(
        "<!doctype html><html lang=\"en\"><head><title>Talks On The Islands Resume</title></head><body><article>" +
        "<h1>Talks On The Islands Resume</h1><p>" + Prose.Replace("winter,", "winter,&#14;", StringComparison.Ordinal) + "</p>" +
        "<p>" + Prose.Replace("capital", "capital&#65534;", StringComparison.Ordinal).Replace("sovereignty.", "sovereignty.&#1;", StringComparison.Ordinal) + "</p>" +
        "</article></body></html>");

    /// <summary>An article page whose text sits inside <paramref name="depth"/> nested divs.</summary>
    public static byte[] NestedDivs(int depth) => Utf8(
        "<!doctype html><html lang=\"en\"><head><title>Talks On The Islands Resume</title></head><body><article><h1>Talks On The Islands Resume</h1>" +
        string.Concat(Enumerable.Repeat("<div>", depth)) + "<p>" + Prose + "</p><p>" + Prose + "</p>" + string.Concat(Enumerable.Repeat("</div>", depth)) +
        "</article></body></html>");

    public static byte[] Menu(int lines) =>
        Utf8("Example News\n\n" + string.Concat(Enumerable.Range(0, lines).Select(i => $"  * Section {i % 40}\n")));

    public static byte[] LongLine() => Utf8("A Very Long Line\n\n" + string.Join(' ', Enumerable.Repeat(Prose, 4000)) + "\n");

    /// <summary>Just over 50 MB of prose: too large to be one article.</summary>
    public static byte[] Huge()
    {
        var paragraph = Utf8(Prose + "\n\n");
        var bytes = new byte[50 * 1024 * 1024];
        for (var i = 0; i < bytes.Length; i += paragraph.Length)
        {
            paragraph.AsSpan(0, Math.Min(paragraph.Length, bytes.Length - i)).CopyTo(bytes.AsSpan(i));
        }

        return bytes;
    }
}
