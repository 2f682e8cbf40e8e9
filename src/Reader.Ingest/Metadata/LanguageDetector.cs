namespace Reader.Ingest.Metadata;

/// <summary>Tells the language of a passage from the scripts its letters are in.</summary>
public static class LanguageDetector
{
    /// <summary>"ru" for mostly Cyrillic, "ja" for mostly kana/kanji, "en" for mostly Latin; null when there are no letters.</summary>
    public static string? Detect(string text)
    {
        var counts = Count(text);
        return Dominant(counts);
    }

    /// <summary>Letter counts per language, to add up over a whole body.</summary>
    public static Dictionary<string, int> Count(string text)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var c in text)
        {
            var language = LanguageOf(c);
            if (language is not null)
            {
                counts[language] = counts.GetValueOrDefault(language) + 1;
            }
        }

        return counts;
    }

    /// <summary>The language with more than half of all letters, else the one with most.</summary>
    public static string? Dominant(IReadOnlyDictionary<string, int> counts)
    {
        var total = counts.Values.Sum();
        return total == 0 ? null : counts.OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal).First().Key;
    }

    /// <summary>
    /// The code this detector gives a language's script: "de" and "pl" are written in Latin letters, which it calls "en";
    /// "uk" in Cyrillic, which it calls "ru". A passage is in another language only when its script differs.
    /// </summary>
    public static string ScriptCode(string language) => language switch
    {
        "ru" or "uk" or "be" or "bg" or "sr" or "mk" or "kk" or "ky" or "mn" or "tg" => "ru",
        "ja" or "zh" => "ja",
        _ => "en",
    };

    // Kanji alone could be Chinese, but this reader's non-Latin passages are Japanese or Russian.
    private static string? LanguageOf(char c) => c switch
    {
        >= '\u0400' and <= '\u04FF' => "ru",
        >= '\u3040' and <= '\u30FF' => "ja",
        >= '\u4E00' and <= '\u9FFF' => "ja",
        >= '\uFF66' and <= '\uFF9F' => "ja",
        _ when char.IsLetter(c) && c < '\u0250' => "en",
        _ => null,
    };
}
