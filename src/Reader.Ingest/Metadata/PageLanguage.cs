using Reader.Ingest.Data;

namespace Reader.Ingest.Metadata;

/// <summary>
/// Tells a page's main language: by script where the script names it (Cyrillic, kana, Hangul, Arabic …), else by
/// which language's function words its text uses most.
/// </summary>
public static class PageLanguage
{
    // A Latin-script page needs this many function words of one language before it is named; fewer say nothing.
    private const int MinStopWords = 5;

    public static string? Detect(string text)
    {
        var scripts = new Dictionary<string, int>(StringComparer.Ordinal);
        var letters = 0;
        var kana = 0;
        foreach (var c in text)
        {
            if (!char.IsLetter(c))
            {
                continue;
            }

            letters++;
            var script = ScriptOf(c);
            if (c is >= '\u3040' and <= '\u30FF')
            {
                kana++;
            }

            if (script is not null)
            {
                scripts[script] = scripts.GetValueOrDefault(script) + 1;
            }
        }

        if (letters == 0)
        {
            return null;
        }

        var (top, count) = scripts.Count == 0 ? new KeyValuePair<string, int>("", 0) : scripts.MaxBy(p => p.Value);
        if (count * 2 > letters)
        {
            return top switch
            {
                "han" => kana * 10 > count ? "ja" : "zh",
                "cyrillic" => ByStopWords(text, ["ru", "uk"]) ?? "ru",
                _ => top,
            };
        }

        return ByStopWords(text, null);
    }

    private static string? ByStopWords(string text, string[]? candidates)
    {
        var languages = candidates ?? [.. StopWords.Languages];
        var lookups = languages.Select(l => StopWords.Of(l).GetAlternateLookup<ReadOnlySpan<char>>()).ToArray();
        var counts = new int[languages.Length];
        Span<char> lower = stackalloc char[MaxStopWordLength];
        var (start, words) = (-1, 0);
        for (var i = 0; i <= text.Length && words < MaxWords; i++)
        {
            if (i < text.Length && char.IsLetter(text[i]))
            {
                start = start < 0 ? i : start;
                continue;
            }

            if (start < 0)
            {
                continue;
            }

            var word = text.AsSpan(start, i - start);
            start = -1;
            words++;
            if (word.Length > MaxStopWordLength)
            {
                continue;
            }

            var length = word.ToLowerInvariant(lower);
            for (var l = 0; l < lookups.Length; l++)
            {
                counts[l] += lookups[l].Contains(lower[..length]) ? 1 : 0;
            }
        }

        var best = -1;
        for (var l = 0; l < languages.Length; l++)
        {
            if (best < 0 || counts[l] > counts[best] || (counts[l] == counts[best] && string.CompareOrdinal(languages[l], languages[best]) < 0))
            {
                best = l;
            }
        }

        return best >= 0 && counts[best] >= MinStopWords ? languages[best] : null;
    }

    // Stop words are short; a longer word is never looked up.
    private const int MaxStopWordLength = 24;

    // The first words of a page are evidence enough of its language.
    private const int MaxWords = 3000;

    private static string? ScriptOf(char c) => c switch
    {
        >= '\u0400' and <= '\u04FF' => "cyrillic",
        >= '\u3040' and <= '\u30FF' or >= '\uFF66' and <= '\uFF9F' => "han",
        >= '\u4E00' and <= '\u9FFF' or >= '\u3400' and <= '\u4DBF' => "han",
        >= '\uAC00' and <= '\uD7AF' or >= '\u1100' and <= '\u11FF' => "ko",
        >= '\u0600' and <= '\u06FF' => "ar",
        >= '\u0590' and <= '\u05FF' => "he",
        >= '\u0370' and <= '\u03FF' => "el",
        >= '\u0E00' and <= '\u0E7F' => "th",
        >= '\u0900' and <= '\u097F' => "hi",
        _ => null,
    };
}
