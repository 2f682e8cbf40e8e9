using System.Globalization;
using System.Text;
using System.Text.Unicode;
using Reader.Content;
using Reader.Ingest.Html;

namespace Reader.Ingest;

/// <summary>
/// Turns a seed's bytes into text, or says why they are not a page: markup is decoded as a browser would
/// (<see cref="EncodingSniffer"/>), text dumps as UTF-8, falling back to the legacy encoding the bytes fit, with a warning.
/// Control characters are removed, so nothing downstream ever sees a NUL.
/// </summary>
public static class SeedDecoder
{
    /// <summary>
    /// The largest seed read, 20 MB. The longest article pages saved so far are under 2 MB; a file ten times that
    /// is an archive, a book or a mistake, and cleaning it would hold the whole batch up.
    /// </summary>
    public const long MaxBytes = 20L * 1024 * 1024;

    // Binary formats are full of control bytes; a text with a stray NUL has a handful. One in twenty of the first 8 KB tells them apart.
    private const int SampleChars = 8192;
    private const int BinaryShareDenominator = 20;

    public static (string Text, IReadOnlyList<string> Warnings, SeedProblem? Problem) Decode(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length > MaxBytes)
        {
            return ("", [], SeedProblem.TooLarge(bytes.Length));
        }

        var warnings = new List<string>();
        var text = ToText(bytes, warnings).ReplaceLineEndings("\n");
        if (text.AsSpan().Trim().Trim('\uFEFF').IsEmpty)
        {
            return ("", [], SeedProblem.Empty);
        }

        if (LooksBinary(text))
        {
            return ("", [], SeedProblem.Binary);
        }

        // Bounded before the HTML parser sees it, whose time grows with the depth for every element.
        if (HtmlPage.LooksLikeHtml(text))
        {
            var limited = MarkupNesting.Limit(text, out var deepest);
            if (deepest > MarkupNesting.MaxDepth)
            {
                text = limited;
                warnings.Add(string.Create(CultureInfo.InvariantCulture, $"the page nests elements {deepest} deep; elements deeper than {MarkupNesting.MaxDepth} lost their tags (their text is kept)"));
            }
        }

        var removed = CountForbidden(text);
        if (removed > 0)
        {
            text = string.Create(text.Length - removed, text, static (span, source) =>
            {
                var at = 0;
                foreach (var c in source)
                {
                    if (!IsForbiddenControl(c))
                    {
                        span[at++] = c;
                    }
                }
            });
            warnings.Add(string.Create(CultureInfo.InvariantCulture, $"removed {removed} NUL or other control characters, which text cannot contain"));
        }

        return (text, warnings, null);
    }

    private static string ToText(ReadOnlySpan<byte> bytes, List<string> warnings)
    {
        // A byte-order mark is honoured; markup declares its encoding or is sniffed like a browser does.
        var head = Encoding.Latin1.GetString(bytes[..Math.Min(bytes.Length, 512)]);
        if (bytes is [0xEF, 0xBB, 0xBF, ..] or [0xFF, 0xFE, ..] or [0xFE, 0xFF, ..] || HtmlPage.LooksLikeHtml(head))
        {
            return EncodingSniffer.Decode(bytes.ToArray());
        }

        if (Utf8.IsValid(bytes))
        {
            return Encoding.UTF8.GetString(bytes);
        }

        // A UTF-8 file with a few broken bytes (a truncated download, a bad copy) stays UTF-8: a legacy reading would garble
        // every other letter. Legacy text fails on nearly every letter outside ASCII, so it has far more invalid bytes than that.
        var (valid, invalid) = CountUtf8Sequences(bytes);
        if (valid >= invalid * 4 || invalid * 100 < bytes.Length)
        {
            warnings.Add(string.Create(CultureInfo.InvariantCulture, $"{invalid} bytes are not valid UTF-8 and were replaced with '\uFFFD'"));
            return Encoding.UTF8.GetString(bytes);
        }

        var encoding = EncodingSniffer.Detect(bytes);
        warnings.Add($"the seed is not UTF-8 and declares no encoding; read it as {encoding.WebName} (save it as UTF-8 if the text looks wrong)");
        return encoding.GetString(bytes);
    }

    /// <summary>Multi-byte UTF-8 sequences that decode, and bytes that are not part of any valid sequence.</summary>
    private static (int Valid, int Invalid) CountUtf8Sequences(ReadOnlySpan<byte> bytes)
    {
        int valid = 0, invalid = 0;
        while (!bytes.IsEmpty)
        {
            var status = System.Text.Rune.DecodeFromUtf8(bytes, out _, out var consumed);
            if (status == System.Buffers.OperationStatus.Done)
            {
                valid += consumed > 1 ? 1 : 0;
            }
            else
            {
                invalid++;
            }

            bytes = bytes[Math.Max(consumed, 1)..];
        }

        return (valid, invalid);
    }

    private static bool LooksBinary(string text)
    {
        var sample = text.AsSpan(0, Math.Min(text.Length, SampleChars));
        var suspicious = 0;
        foreach (var c in sample)
        {
            suspicious += IsForbiddenControl(c) || c == '\uFFFD' ? 1 : 0;
        }

        return suspicious * BinaryShareDenominator > sample.Length;
    }

    // A loop over the string's characters, not LINQ over them: this runs over every byte of every seed.
    private static int CountForbidden(string text)
    {
        var count = 0;
        foreach (var c in text)
        {
            count += IsForbiddenControl(c) ? 1 : 0;
        }

        return count;
    }

    // Tab, newline and form feed are layout; every other C0 and C1 control (NUL first of all) is not text.
    private static bool IsForbiddenControl(char c) => char.IsControl(c) && c is not ('\t' or '\n' or '\f');
}
