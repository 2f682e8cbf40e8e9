using System.Globalization;
using Reader.Site.Text;

namespace Reader.Site.Views;

/// <summary>Culture-invariant text for dates and counts, so output never depends on the machine's locale.</summary>
public static class Formatting
{
    public const int WordsPerMinute = 230;

    /// <summary>
    /// Japanese and Chinese are read by characters, not by words between spaces (which they do not have): adults
    /// read about 400–600 characters a minute in either, so 500 is the middle of the range.
    /// </summary>
    public const int CjkCharactersPerMinute = 500;

    public static string? DateIso(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string CitationDate(DateOnly date) => date.ToString("yyyy/MM/dd", CultureInfo.InvariantCulture);

    /// <summary>Minutes to read a text of so many words and so many Chinese and Japanese characters: the two add up in a text that has both.</summary>
    public static int ReadingMinutes(int words, int cjkCharacters) =>
        Math.Max(1, (int)Math.Round((words / (double)WordsPerMinute) + (cjkCharacters / (double)CjkCharactersPerMinute), MidpointRounding.AwayFromZero));

    /// <summary>
    /// The whole sentences of a text that fit in <paramref name="maxLength"/>, for cards: a summary that stops
    /// mid-sentence reads as broken. A first sentence longer than that is cut at a word, as <see cref="Excerpt"/> does.
    /// </summary>
    public static string Sentences(string text, int maxLength = 280)
    {
        var flat = PlainText.Collapse(text.AsSpan(0, Math.Min(text.Length, maxLength * 8)));
        if (flat.Length <= maxLength)
        {
            return flat;
        }

        for (var end = maxLength; end > maxLength / 4; end--)
        {
            if (flat[end] == ' ' && SentenceEnds(flat, end - 1))
            {
                return flat[..end];
            }
        }

        return Excerpt(text, maxLength);
    }

    // "U.S. relations" does not end a sentence: a full stop ends one after a lower-case letter or a digit.
    private static bool SentenceEnds(string text, int at)
    {
        var stop = text[at] is '”' or '’' or ')' ? at - 1 : at;
        return stop >= 1 && (text[stop] is '?' or '!' || text[stop] == '.' && (char.IsLower(text[stop - 1]) || char.IsDigit(text[stop - 1])));
    }

    /// <summary>The first sentences of a text, cut at a word boundary, for meta descriptions.</summary>
    public static string Excerpt(string text, int maxLength = 200)
    {
        // Only the opening matters: flattening a whole body to cut 200 characters from it is wasted work.
        var opening = text.AsSpan(0, Math.Min(text.Length, maxLength * 8));
        var flat = PlainText.Collapse(opening);
        if (flat.Length <= maxLength && opening.Length < text.Length)
        {
            flat = PlainText.Collapse(text);
        }

        if (flat.Length <= maxLength)
        {
            return flat;
        }

        var cut = flat.LastIndexOf(' ', maxLength);
        return flat[..(cut > maxLength / 2 ? cut : maxLength)].TrimEnd(',', ';', ':', '.') + "…";
    }
}
