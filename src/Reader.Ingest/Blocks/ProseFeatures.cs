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
        "separators", "repeated_on_page",
    ];

    private const string SentenceEnds = ".!?…。！？";

    // A block needs this many words before its own language is worth telling.
    private const int MinWordsForOwnLanguage = 8;

    /// <summary>Fills <paramref name="into"/> (in the order of <see cref="Names"/>) for one block of text.</summary>
    /// <param name="repeated">The same text stands elsewhere on the page (a caption under its picture, a menu twice).</param>
    public static void Compute(string text, FrozenSet<string> stopWords, bool repeated, Span<double> into)
    {
        var (words, stops) = CountStops(text, stopWords);

        // A passage in another language than the page's (a Russian abstract under an English one) is measured by its own.
        if (words >= MinWordsForOwnLanguage && stops * 4 < words && StopWords.Of(Metadata.PageLanguage.Detect(text)) is { Count: > 0 } own && own != stopWords)
        {
            stops = Math.Max(stops, CountStops(text, own).Stops);
        }

        var tokens = 0;
        var capitalised = 0;
        var allCaps = 0;
        foreach (var token in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            tokens++;
            capitalised += char.IsUpper(token[0]) ? 1 : 0;
            allCaps += token.Length > 1 && token.All(c => !char.IsLetter(c) || char.IsUpper(c)) && token.Any(char.IsLetter) ? 1 : 0;
        }

        var perWord = Math.Max(1, words);
        var last = LineShape.LastSignificant(text);
        into[0] = Math.Log(1 + text.Length);
        into[1] = Math.Log(1 + words);
        into[2] = SentenceEnds.Contains(last) ? 1 : 0;
        into[3] = last == ':' ? 1 : 0;
        into[4] = last is '?' or '？' ? 1 : 0;
        into[5] = Count(text, ",，、") / (double)perWord;
        into[6] = Count(text, ".!?。！？") / (double)perWord;
        into[7] = stops / (double)perWord;
        into[8] = tokens == 0 ? 0 : capitalised / (double)tokens;
        into[9] = tokens == 0 ? 0 : allCaps / (double)tokens;
        into[10] = text.Length == 0 ? 0 : text.Count(char.IsDigit) / (double)text.Length;
        into[11] = NumericDate().IsMatch(text) || Metadata.DateParser.FindIn(text) is not null ? 1 : 0;
        into[12] = text.Contains('©') || text.Contains("copyright", StringComparison.OrdinalIgnoreCase) ? 1 : 0;
        into[13] = Math.Min(5, Count(text, "|·•»›")) / 5.0;
        into[14] = repeated ? 1 : 0;
    }

    private static (int Words, int Stops) CountStops(string text, FrozenSet<string> stopWords)
    {
        var words = 0;
        var stops = 0;
        foreach (var word in Words.Lower(text))
        {
            words++;
            stops += stopWords.Contains(word) ? 1 : 0;
        }

        return (words, stops);
    }

    private static int Count(string text, string characters)
    {
        var count = 0;
        foreach (var c in text)
        {
            count += characters.Contains(c) ? 1 : 0;
        }

        return count;
    }

    [GeneratedRegex(@"\b(?:\d{1,2}[./]\s?\d{1,2}[./]\s?\d{2,4}|\d{4}-\d{2}-\d{2})\b")]
    private static partial Regex NumericDate();
}
