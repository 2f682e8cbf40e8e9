using System.Collections.Frozen;
using System.Text.RegularExpressions;
using Reader.Ingest.Data;
using Reader.Ingest.Text;

namespace Reader.Ingest.Blocks;

/// <summary>
/// What a block's text alone says about it, in a text dump and in HTML alike: its size, whether it is punctuated
/// like sentences, how many of its words are the language's function words (jusText's strongest signal), and marks
/// of chrome: capitalised runs, digits, dates, copyright signs, separators between links.
/// </summary>
public static partial class ProseFeatures
{
    public static IReadOnlyList<string> Names { get; } =
    [
        "log_chars", "log_words", "ends_sentence", "ends_colon", "ends_question", "commas_per_word", "stops_per_word",
        "stop_word_density", "capitalised_words", "all_caps_words", "digit_share", "has_date", "has_copyright",
        "separators", "repeated_on_page", "starts_with_label",
    ];

    private const string SentenceEnds = ".!?…。！？";

    // A block needs this many words before its own language is worth telling.
    private const int MinWordsForOwnLanguage = 8;

    // Stop words are short; a longer word is never looked up.
    private const int MaxStopWordLength = 24;

    // Only a block this short is asked whether it states a date: a byline or dateline, not a paragraph mentioning one.
    private const int MaxDateLine = 200;

    /// <summary>Fills <paramref name="into"/> (in the order of <see cref="Names"/>) for one block of text.</summary>
    /// <param name="repeated">The same text stands elsewhere on the page (a caption under its picture, a menu twice).</param>
    public static void Compute(string text, FrozenSet<string> stopWords, bool repeated, Span<double> into)
    {
        var (words, stops, foreign) = CountStops(text, stopWords);

        // A passage in another script than the page's words (a Russian abstract under an English one) is measured by its own language.
        if (foreign && words >= MinWordsForOwnLanguage && stops * 4 < words && StopWords.Of(Metadata.PageLanguage.Detect(text)) is { Count: > 0 } own && own != stopWords)
        {
            stops = Math.Max(stops, CountStops(text, own).Stops);
        }

        var (tokens, capitalised, allCaps) = (0, 0, 0);
        var (digits, commas, stopsMarks, separators) = (0, 0, 0, 0);
        var tokenStart = true;
        var (tokenLetters, tokenUpper) = (0, 0);
        for (var i = 0; i <= text.Length; i++)
        {
            var c = i < text.Length ? text[i] : ' ';
            if (c == ' ')
            {
                if (!tokenStart)
                {
                    allCaps += tokenLetters > 1 && tokenUpper == tokenLetters ? 1 : 0;
                }

                tokenStart = true;
                (tokenLetters, tokenUpper) = (0, 0);
                continue;
            }

            if (tokenStart)
            {
                tokens++;
                capitalised += char.IsUpper(c) ? 1 : 0;
                tokenStart = false;
            }

            if (char.IsLetter(c))
            {
                tokenLetters++;
                tokenUpper += char.IsUpper(c) ? 1 : 0;
            }

            digits += char.IsDigit(c) ? 1 : 0;
            commas += c is ',' or '，' or '、' ? 1 : 0;
            stopsMarks += c is '.' or '!' or '?' or '。' or '！' or '？' ? 1 : 0;
            separators += c is '|' or '·' or '•' or '»' or '›' ? 1 : 0;
        }

        var perWord = Math.Max(1, words);
        var last = LineShape.LastSignificant(text);
        into[0] = Math.Log(1 + text.Length);
        into[1] = Math.Log(1 + words);
        into[2] = SentenceEnds.Contains(last) ? 1 : 0;
        into[3] = last == ':' ? 1 : 0;
        into[4] = last is '?' or '？' ? 1 : 0;
        into[5] = commas / (double)perWord;
        into[6] = stopsMarks / (double)perWord;
        into[7] = stops / (double)perWord;
        into[8] = tokens == 0 ? 0 : capitalised / (double)tokens;
        into[9] = tokens == 0 ? 0 : allCaps / (double)tokens;
        into[10] = text.Length == 0 ? 0 : digits / (double)text.Length;
        into[11] = digits > 0 && text.Length <= MaxDateLine && (NumericDate().IsMatch(text) || Metadata.DateParser.FindIn(text) is not null) ? 1 : 0;
        into[12] = text.Contains('©') || text.Contains("copyright", StringComparison.OrdinalIgnoreCase) ? 1 : 0;
        into[13] = Math.Min(5, separators) / 5.0;
        into[14] = repeated ? 1 : 0;
        into[15] = StartsWithLabel(text) ? 1 : 0;
    }

    /// <summary>"Foto: …", "Quelle: …", "Read more: …": one to three words and a colon open the block.</summary>
    private static bool StartsWithLabel(string text)
    {
        var colon = text.IndexOf(':', StringComparison.Ordinal);
        if (colon <= 0 || colon > MaxLabelLength || colon + 1 < text.Length && !char.IsWhiteSpace(text[colon + 1]))
        {
            return false;
        }

        var words = 1;
        foreach (var c in text.AsSpan(0, colon))
        {
            words += c == ' ' ? 1 : 0;
        }

        return words <= MaxLabelWords;
    }

    private const int MaxLabelLength = 30;
    private const int MaxLabelWords = 3;

    /// <summary>Words, stop words among them, and whether most letters are outside the stop words' script.</summary>
    private static (int Words, int Stops, bool Foreign) CountStops(string text, FrozenSet<string> stopWords)
    {
        var lookup = stopWords.GetAlternateLookup<ReadOnlySpan<char>>();
        Span<char> lower = stackalloc char[MaxStopWordLength];
        var (words, stops, latin, other) = (0, 0, 0, 0);
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var c = i < text.Length ? text[i] : ' ';
            if (char.IsLetterOrDigit(c))
            {
                start = start < 0 ? i : start;
                latin += c < '\u0250' && char.IsLetter(c) ? 1 : 0;
                other += c >= '\u0250' && char.IsLetter(c) ? 1 : 0;
                continue;
            }

            if (start >= 0)
            {
                words++;
                var word = text.AsSpan(start, i - start);
                if (word.Length <= MaxStopWordLength && stopWords.Count > 0)
                {
                    var length = word.ToLowerInvariant(lower);
                    stops += lookup.Contains(lower[..length]) ? 1 : 0;
                }

                start = -1;
            }
        }

        var latinList = stopWords.Count == 0 || stopWords.First()[0] < '\u0250';
        return (words, stops, latinList ? other > latin : latin > other);
    }

    [GeneratedRegex(@"\b(?:\d{1,2}[./]\s?\d{1,2}[./]\s?\d{2,4}|\d{4}-\d{2}-\d{2})\b")]
    private static partial Regex NumericDate();
}
