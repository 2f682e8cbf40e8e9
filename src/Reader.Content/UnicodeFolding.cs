using System.Globalization;
using System.Text;

namespace Reader.Content;

/// <summary>
/// Unicode normalisation as slugs, names and word counts need it, from a table shipped with Reader instead of the
/// ICU library: with <c>DOTNET_SYSTEM_GLOBALIZATION_INVARIANT=1</c> (slim containers) .NET's <see cref="string.Normalize()"/>
/// does nothing, which changed published slugs ("Shinzō" → "shinz-") and every similarity. The table
/// (<c>Data/unicode-folding.txt</c>) holds, for each code point the normaliser changes: its NFKC form (K), its canonical
/// decomposition without non-spacing marks (D, and A for astral letters NFKC keeps whole), and the compositions into
/// Cyrillic letters and kana (C), which transliteration reads whole. It is generated from the normaliser and checked against it by a test.
/// </summary>
public static class UnicodeFolding
{
    private const int HangulFirst = 0xAC00, HangulLast = 0xD7A3, JamoL = 0x1100, JamoV = 0x1161, JamoT = 0x11A7, VCount = 21, TCount = 28;

    private static readonly Lazy<Tables> Data = new(Load);

    /// <summary>
    /// NFKC for slugs and name keys: each code point to its compatibility form ("ｶ" → "カ", "ﬁ" → "fi", "①" → "1"),
    /// then a base letter and a combining mark joined where the result is a Cyrillic letter or kana ("и" + "◌̆" → "й",
    /// "カ" + "◌゙" → "ガ"), the only compositions transliteration tells apart from their parts.
    /// </summary>
    public static string Compatible(string text)
    {
        if (Ascii.IsValid(text))
        {
            return text;
        }

        var tables = Data.Value;
        var result = new StringBuilder(text.Length);
        foreach (var rune in Runes(text))
        {
            var mapped = tables.Compatible.GetValueOrDefault(rune.Value) ?? rune.ToString();
            foreach (var c in mapped)
            {
                if (!Composed(tables, result, c))
                {
                    result.Append(c);
                }
            }
        }

        return result.ToString();
    }

    /// <summary>
    /// Joins <paramref name="mark"/> with the letter before it where the two compose. The kana voicing marks have the
    /// lowest combining class of the marks in use, so canonical ordering puts them straight after their kana even
    /// when other marks were written between: they reach back over those. Other marks compose only with the letter
    /// right before them (a Cyrillic letter carrying two marks, which no one writes, may then fold differently).
    /// </summary>
    private static bool Composed(Tables tables, StringBuilder text, char mark)
    {
        var at = text.Length - 1;
        if (mark is '\u3099' or '\u309A')
        {
            while (at >= 0 && CharUnicodeInfo.GetUnicodeCategory(text[at]) == UnicodeCategory.NonSpacingMark && text[at] is not ('\u3099' or '\u309A'))
            {
                at--;
            }
        }

        if (at < 0 || !tables.Compose.TryGetValue((text[at], mark), out var composed))
        {
            return false;
        }

        text[at] = composed;
        return true;
    }

    /// <summary>The character's canonical decomposition without non-spacing marks ("ō" → "o", "й" → "и"): what diacritic folding keeps of it.</summary>
    public static void AppendWithoutMarks(StringBuilder builder, char c)
    {
        if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
        {
            return;
        }

        if (c is >= (char)HangulFirst and <= (char)HangulLast)
        {
            AppendJamo(builder, c);
        }
        else if (Data.Value.Decomposed.TryGetValue(c, out var decomposed))
        {
            builder.Append(decomposed);
        }
        else
        {
            builder.Append(c);
        }
    }

    /// <summary>NFKD without non-spacing marks: the compatibility form of each code point, decomposed, marks dropped ("Ｓｈｉｎｚō" → "Shinzo").</summary>
    public static void AppendFolded(StringBuilder builder, ReadOnlySpan<char> text)
    {
        var tables = Data.Value;
        for (var i = 0; i < text.Length;)
        {
            // Every line of a Russian or Japanese body passes here: code points are read in place, not listed first.
            var rune = Rune.DecodeFromUtf16(text[i..], out var decoded, out var consumed) == System.Buffers.OperationStatus.Done ? decoded : Rune.ReplacementChar;
            i += Math.Max(consumed, 1);
            if (rune.IsBmp && rune.Value < 0xA0)
            {
                builder.Append((char)rune.Value);
            }
            else if (tables.Compatible.TryGetValue(rune.Value, out var compatible))
            {
                foreach (var c in compatible)
                {
                    AppendWithoutMarks(builder, c);
                }
            }
            else if (rune.IsBmp)
            {
                AppendWithoutMarks(builder, (char)rune.Value);
            }
            else
            {
                // Marks were told apart one UTF-16 unit at a time, and half a pair is no mark: astral ones stay.
                builder.Append(tables.AstralDecomposed.GetValueOrDefault(rune.Value) ?? rune.ToString());
            }
        }
    }

    // Hangul syllables decompose by arithmetic, not by table (Unicode 3.12).
    private static void AppendJamo(StringBuilder builder, char syllable)
    {
        var index = syllable - HangulFirst;
        builder.Append((char)(JamoL + (index / (VCount * TCount))));
        builder.Append((char)(JamoV + (index % (VCount * TCount) / TCount)));
        if (index % TCount is var t and > 0)
        {
            builder.Append((char)(JamoT + t));
        }
    }

    /// <summary>The text's code points; half a surrogate pair is a code point of its own, as it is in the string.</summary>
    private static IEnumerable<Rune> Runes(ReadOnlySpan<char> text)
    {
        var runes = new List<Rune>(text.Length);
        for (var i = 0; i < text.Length;)
        {
            if (Rune.DecodeFromUtf16(text[i..], out var rune, out var consumed) == System.Buffers.OperationStatus.Done)
            {
                runes.Add(rune);
                i += consumed;
            }
            else
            {
                // Rune cannot hold half a pair: it is passed on as U+FFFD, which nothing folds.
                runes.Add(Rune.ReplacementChar);
                i++;
            }
        }

        return runes;
    }

    private static Tables Load()
    {
        using var stream = typeof(UnicodeFolding).Assembly.GetManifestResourceStream("unicode-folding.txt")
            ?? throw new InvalidOperationException("unicode-folding.txt is missing from Reader.Content");
        using var reader = new StreamReader(stream);
        var tables = new Tables();
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var parts = line.Split(' ');
            var points = parts.Skip(1).Select(p => int.Parse(p, NumberStyles.HexNumber, CultureInfo.InvariantCulture)).ToArray();
            switch (parts[0])
            {
                case "K":
                    tables.Compatible[points[0]] = string.Concat(points.Skip(1).Select(char.ConvertFromUtf32));
                    break;
                case "D":
                    tables.Decomposed[(char)points[0]] = string.Concat(points.Skip(1).Select(char.ConvertFromUtf32));
                    break;
                case "A":
                    tables.AstralDecomposed[points[0]] = string.Concat(points.Skip(1).Select(char.ConvertFromUtf32));
                    break;
                case "C":
                    tables.Compose[((char)points[0], (char)points[1])] = (char)points[2];
                    break;
            }
        }

        return tables;
    }

    private sealed class Tables
    {
        public Dictionary<int, string> Compatible { get; } = [];

        public Dictionary<char, string> Decomposed { get; } = [];

        public Dictionary<int, string> AstralDecomposed { get; } = [];

        public Dictionary<(char, char), char> Compose { get; } = [];
    }
}
