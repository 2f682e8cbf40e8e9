using System.Text;

namespace Reader.Ingest.Text;

/// <summary>Shape tests on a line's text: length, word count, punctuation. Rules use these instead of naming sites.</summary>
public static class LineShape
{
    private const string SentenceEnds = ".!?…。！？";
    private const string Closers = "\"'”’»)]」』";

    public static int WordCount(string text) =>
        text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length;

    /// <summary>The last character that is not a closing quote or bracket.</summary>
    public static char LastSignificant(string text)
    {
        var trimmed = text.TrimEnd().TrimEnd(Closers.ToCharArray());
        return trimmed.Length == 0 ? '\0' : trimmed[^1];
    }

    public static bool EndsSentence(string text) => SentenceEnds.Contains(LastSignificant(text));

    /// <summary>Long enough and punctuated like running text. Short one-sentence lines (questions, captions) are not prose.</summary>
    public static bool IsProse(string text) =>
        text.Length >= 200 || (text.Length >= 100 && EndsSentence(text) && WordCount(text) >= 8) || (IsUnspaced(text) && text.Length >= 60);

    /// <summary>A short label such as a menu entry, tag or button: a few words, no sentence punctuation.</summary>
    public static bool IsShortLabel(string text, int maxWords = 6) =>
        text.Length is > 0 and <= 60 && WordCount(text) <= maxWords && !EndsSentence(text);

    /// <summary>
    /// Could be a section heading: short, starts with a capital, digit or a letter of a script without case,
    /// and does not end like a sentence or a clause.
    /// </summary>
    public static bool IsHeadingShaped(string text)
    {
        if (text.Length is 0 or > 100 || WordCount(text) > 14 || ".!?:;,…。！？、".Contains(LastSignificant(text)))
        {
            return false;
        }

        if (!char.IsLetterOrDigit(text[0]) && !"“‘«\"'(".Contains(text[0]))
        {
            return false;
        }

        var first = text.FirstOrDefault(char.IsLetterOrDigit);
        return first != default && !char.IsLower(first);
    }

    /// <summary>Lower case, single-spaced, without the punctuation that decorates labels ("Read more »", "Additional links:").</summary>
    public static string Normalize(string text)
    {
        var builder = new StringBuilder(text.Length);
        var space = false;
        foreach (var c in text.Trim())
        {
            if (char.IsWhiteSpace(c))
            {
                space = builder.Length > 0;
                continue;
            }

            if (space)
            {
                builder.Append(' ');
                space = false;
            }

            builder.Append(char.ToLowerInvariant(c));
        }

        var normalized = builder.ToString();
        var stripped = normalized.Trim(" :.,;|»«›‹>→←·•–—-_/\\#*[]".ToCharArray());
        return stripped.Length > 0 ? stripped : normalized;
    }

    // Japanese and Chinese text has no spaces, so word counts say nothing about it.
    private static bool IsUnspaced(string text) => WordCount(text) <= 2 && text.Count(char.IsLetter) > 20;
}
