using System.Text;

namespace Reader.Content;

/// <summary>Folds text to ASCII: Latin diacritics dropped, Cyrillic (scholarly-simple) and kana (Hepburn) transliterated.</summary>
public static class Transliteration
{
    // "letter latin" pairs: scholarly-simple Russian, plus the Ukrainian and Belarusian letters.
    private static readonly Dictionary<char, string> Cyrillic = Pairs(
        "а a|б b|в v|г g|д d|е e|ё e|ж zh|з z|и i|й y|к k|л l|м m|н n|о o|п p|р r|с s|т t|у u|ф f|х kh|ц ts|ч ch|ш sh|щ shch|ъ |ы y|ь |э e|ю yu|я ya|і i|ї yi|є ye|ґ g|ў u");

    // Letters that Unicode decomposition does not fold to ASCII.
    private static readonly Dictionary<char, string> Special = Pairs(
        "ß ss|æ ae|Æ AE|ø o|Ø O|œ oe|Œ OE|ł l|Ł L|đ d|Đ D|þ th|ð d|ı i|&  and ");

    // Hiragana in Unicode order from ぁ (U+3041) to ゖ (U+3096); katakana is the same block shifted by 0x60.
    private static readonly string[] Kana =
    [
        "a", "a", "i", "i", "u", "u", "e", "e", "o", "o", "ka", "ga", "ki", "gi", "ku", "gu", "ke", "ge", "ko", "go",
        "sa", "za", "shi", "ji", "su", "zu", "se", "ze", "so", "zo", "ta", "da", "chi", "ji", "tsu", "tsu", "zu", "te", "de", "to", "do",
        "na", "ni", "nu", "ne", "no", "ha", "ba", "pa", "hi", "bi", "pi", "fu", "bu", "pu", "he", "be", "pe", "ho", "bo", "po",
        "ma", "mi", "mu", "me", "mo", "ya", "ya", "yu", "yu", "yo", "yo", "ra", "ri", "ru", "re", "ro", "wa", "wa", "i", "e", "o", "n",
        "vu", "ka", "ke",
    ];

    public static string ToAscii(string text)
    {
        // ASCII has nothing to fold but '&': most names and titles are returned as they are.
        if (Ascii.IsValid(text) && !text.Contains('&', StringComparison.Ordinal))
        {
            return text;
        }

        var builder = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var lower = char.ToLowerInvariant(c);
            if (Cyrillic.TryGetValue(lower, out var latin))
            {
                builder.Append(latin);
            }
            else if (Special.TryGetValue(c, out var special))
            {
                builder.Append(special);
            }
            else if (KanaIndex(c) is { } index)
            {
                AppendKana(builder, text, i, index);
            }
            else if (c == 'ー' && builder.Length > 0)
            {
                // The long-vowel mark lengthens the previous vowel; slugs keep it single.
            }
            else
            {
                AppendFolded(builder, c);
            }
        }

        return builder.ToString();
    }

    private static Dictionary<char, string> Pairs(string table) =>
        table.Split('|').ToDictionary(pair => pair[0], pair => pair[2..]);

    private static int? KanaIndex(char c) => c switch
    {
        >= '\u3041' and <= '\u3096' => c - 0x3041,
        >= '\u30A1' and <= '\u30F6' => c - 0x30A1,
        _ => null,
    };

    private static void AppendKana(StringBuilder builder, string text, int i, int index)
    {
        var romaji = Kana[index];
        var isSmall = index is 0 or 2 or 4 or 6 or 8 or 66 or 68 or 70 or 34;
        if (index == 34)
        {
            // Small tsu doubles the next consonant.
            var next = i + 1 < text.Length && KanaIndex(text[i + 1]) is { } n ? Kana[n] : "";
            builder.Append(next.Length > 0 && !"aiueon".Contains(next[0]) ? next[0].ToString() : "");
            return;
        }

        if (isSmall && index is 66 or 68 or 70 && builder.Length > 0 && builder[^1] == 'i')
        {
            // きゃ → kya, しゃ → sha: the small ya/yu/yo replaces the i.
            builder.Length--;
            var previous = builder.Length > 0 ? builder[^1] : ' ';
            builder.Append(previous is 'h' or 'j' ? romaji[1..] : romaji);
            return;
        }

        builder.Append(romaji);
    }

    /// <summary>
    /// <see cref="string.Normalize(NormalizationForm)"/> that cannot throw: a lone surrogate (which YAML's "\uD800"
    /// escape can produce) becomes U+FFFD first, where .NET would throw an <see cref="ArgumentException"/>.
    /// </summary>
    /// <remarks>
    /// This is ICU's normaliser, which does nothing when .NET runs in invariant globalization mode. Slugs and word
    /// folding use <see cref="UnicodeFolding"/> instead; only the hash of a title with nothing to transliterate, which
    /// is NFC already as typed, still goes through here.
    /// </remarks>
    public static string Normalize(string text, NormalizationForm form)
    {
        if (!text.AsSpan().ContainsAnyInRange('\uD800', '\uDFFF'))
        {
            return text.Normalize(form);
        }

        var repaired = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                repaired.Append(text[i]).Append(text[++i]);
            }
            else
            {
                repaired.Append(char.IsSurrogate(text[i]) ? '\uFFFD' : text[i]);
            }
        }

        return repaired.ToString().Normalize(form);
    }

    private static void AppendFolded(StringBuilder builder, char c)
    {
        // Half of an emoji or other astral character: nothing to fold.
        if (char.IsSurrogate(c))
        {
            builder.Append(c);
            return;
        }

        // From Reader's own table, not ICU's normaliser, so a slug is the same with DOTNET_SYSTEM_GLOBALIZATION_INVARIANT set.
        UnicodeFolding.AppendWithoutMarks(builder, c);
    }
}
