using System.Globalization;
using System.Text;
using Reader.Testing;

namespace Reader.Content.Tests;

/// <summary>
/// <see cref="UnicodeFolding"/> stands in for ICU's normaliser so that slugs do not change where .NET runs without
/// ICU. These tests, run where ICU is present, hold its table and its results to the normaliser's: code point by code
/// point, and on strings whose characters compose or transliterate together.
/// </summary>
public sealed class UnicodeFoldingTests
{
    private static readonly string TablePath = Path.Combine(Repository.Root, "src", "Reader.Content", "Data", "unicode-folding.txt");

    private static bool HasIcu => !AppContext.TryGetSwitch("System.Globalization.Invariant", out var invariant) || !invariant;

    [Fact]
    public void The_table_is_what_the_normaliser_gives_for_each_code_point()
    {
        if (!HasIcu)
        {
            return; // the table is checked where the normaliser works: CI and every development machine
        }

        var expected = Generate();
        if (expected != File.ReadAllText(TablePath).ReplaceLineEndings("\n"))
        {
            // A new Unicode version: review the received table, then copy it over the old one.
            File.WriteAllText(Path.ChangeExtension(TablePath, ".received.txt"), expected);
            Assert.Fail($"{TablePath} differs from the normaliser's output; the new table was written beside it as unicode-folding.received.txt");
        }
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void Slugs_and_name_keys_are_those_the_normaliser_gave(string name)
    {
        if (!HasIcu)
        {
            return;
        }

        Assert.Equal(Transliteration.ToAscii(name.Normalize(NormalizationForm.FormKC)), Transliteration.ToAscii(UnicodeFolding.Compatible(name)));
    }

    [Fact]
    public void Every_code_point_alone_and_between_letters_folds_as_the_normaliser_folded_it()
    {
        if (!HasIcu)
        {
            return;
        }

        var failures = new List<string>();
        for (var cp = 0x80; cp <= 0x2FFFF; cp++)
        {
            if (cp is >= 0xD800 and <= 0xDFFF || CharUnicodeInfo.GetUnicodeCategory(cp) == UnicodeCategory.OtherNotAssigned)
            {
                continue;
            }

            var text = "a" + char.ConvertFromUtf32(cp) + "b";
            string normalised;
            try
            {
                normalised = text.Normalize(NormalizationForm.FormKC);
            }
            catch (ArgumentException)
            {
                continue;
            }

            if (Transliteration.ToAscii(normalised) != Transliteration.ToAscii(UnicodeFolding.Compatible(text)) || Folded(text) != OldFolded(text))
            {
                failures.Add($"U+{cp:X4}");
            }
        }

        Assert.Empty(failures);
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void Word_folding_is_what_the_normaliser_gave(string text)
    {
        if (!HasIcu)
        {
            return;
        }

        Assert.Equal(OldFolded(text), Folded(text));
    }

    public static TheoryData<string> Names()
    {
        var data = new TheoryData<string>
        {
            "Shinzō Abe", "Abe Shinzō", "Ｒｕｓｓｉａ ａｎｄ Ｊａｐａｎ", "ﬁnance ﬂows", "Ærø and Œuvre", "Straße", "İstanbul", "Łódź",
            "Đặng Thị Ngọc Thịnh", "Ḥasan ibn ʿAlī", "Søren Kierkegaard", "Экономические факторы", "Ёлка и йод", "ї і є ґ ў",
            "и\u0306 е\u0308", "ロシア", "ｶﾞｲｺｳ ﾊﾟﾝ", "か\u3099く\u309A", "がっこう", "キャンプ", "ヴァイオリン", "日本とロシア", "㍻ ㌀ ㋐",
            "①②③ ⅫⅣ", "x² + y³", "𝐀𝐁𝐂 𝔸𝕓", "한국어 대한민국", "Ω Å K", "ǅ ǈ ǋ", "café\u0301", "e\u0301\u0302", "Ἀθῆναι", "Ελλάδα",
            "\u202Eevil\u202C", "🗾🐻 Islands", "A & B", "O’Brien's", "Ｏ＇Ｂｒｉｅｎ", "ﾟ", "\u3099start", "ー長音", "Прово\u0301д",
        };

        // Random strings of characters that compose, decompose, transliterate or fold, so their combinations are tried too.
        var alphabet = "aeiouAEIOU \u0300\u0301\u0306\u0308\u030A\u0327\u3099\u309Aиеуыэюяй ёЁИЕかきくけこはひふへほカキクケコハヒフヘホｶｷｸｹｺﾊﾋﾌﾍﾎﾞﾟっッゃャーﬁ①Ａｚ한ß&'’";
        var random = new Random(14);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < 300; i++)
        {
            // Each once: xunit runs one case per distinct value.
            var text = new string([.. Enumerable.Range(0, random.Next(2, 12)).Select(_ => alphabet[random.Next(alphabet.Length)])]);
            if (seen.Add(text))
            {
                data.Add(text);
            }
        }

        return data;
    }

    private static string Folded(string text)
    {
        var builder = new StringBuilder();
        UnicodeFolding.AppendFolded(builder, text);
        return builder.ToString().ToLowerInvariant();
    }

    /// <summary>How words were folded with ICU: NFKD, lower case, no non-spacing marks.</summary>
    private static string OldFolded(string text) =>
        string.Concat(text.Normalize(NormalizationForm.FormKD).ToLowerInvariant().Where(c => CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark));

    /// <summary>The table as the normaliser gives it; the header says where it comes from.</summary>
    private static string Generate()
    {
        static string Hex(string s) => string.Join(' ', s.EnumerateRunes().Select(r => r.Value.ToString("X4", CultureInfo.InvariantCulture)));
        static bool IsMark(Rune r) => Rune.GetUnicodeCategory(r) == UnicodeCategory.NonSpacingMark;
        var table = new StringBuilder()
            .Append("# NFKC of single code points (K), their canonical decomposition without non-spacing marks (D), that of\n")
            .Append("# astral letters NFKC keeps whole (A), and the canonical compositions into Cyrillic letters and kana (C).\n")
            .Append("# Generated from the runtime's normaliser by UnicodeFoldingTests (tests/Reader.Content.Tests), which checks\n")
            .Append("# this file and writes unicode-folding.received.txt beside it when Unicode changes.\n");
        for (var cp = 0x80; cp <= 0x10FFFF; cp++)
        {
            if (cp is >= 0xD800 and <= 0xDFFF)
            {
                continue;
            }

            var s = char.ConvertFromUtf32(cp);
            string compatible;
            try
            {
                compatible = s.Normalize(NormalizationForm.FormKC);
            }
            catch (ArgumentException)
            {
                continue;
            }

            if (compatible != s)
            {
                table.Append(CultureInfo.InvariantCulture, $"K {cp:X4} {Hex(compatible)}\n");
            }
        }

        for (var cp = 0x80; cp <= 0xFFFF; cp++)
        {
            if (cp is >= 0xD800 and <= 0xDFFF or >= 0xAC00 and <= 0xD7A3)
            {
                continue;
            }

            var s = ((char)cp).ToString();
            string decomposed;
            try
            {
                decomposed = s.Normalize(NormalizationForm.FormD);
            }
            catch (ArgumentException)
            {
                continue;
            }

            var stripped = string.Concat(decomposed.EnumerateRunes().Where(r => !IsMark(r)).Select(r => r.ToString()));
            if (stripped != s && stripped.Length > 0)
            {
                table.Append(CultureInfo.InvariantCulture, $"D {cp:X4} {Hex(stripped)}\n");
            }
        }

        for (var cp = 0x10000; cp <= 0x10FFFF; cp++)
        {
            var s = char.ConvertFromUtf32(cp);
            string decomposed;
            try
            {
                decomposed = s.Normalize(NormalizationForm.FormD);
            }
            catch (ArgumentException)
            {
                continue;
            }

            if (decomposed != s && s.Normalize(NormalizationForm.FormKC) == s)
            {
                table.Append(CultureInfo.InvariantCulture, $"A {cp:X4} {Hex(decomposed)}\n");
            }
        }

        for (var cp = 0x80; cp <= 0xFFFF; cp++)
        {
            if (cp is not (>= 0x0400 and <= 0x04FF or >= 0x3040 and <= 0x30FF))
            {
                continue;
            }

            var decomposed = ((char)cp).ToString().Normalize(NormalizationForm.FormD);
            if (decomposed.Length == 2 && decomposed.Normalize(NormalizationForm.FormC) == ((char)cp).ToString())
            {
                table.Append(CultureInfo.InvariantCulture, $"C {(int)decomposed[0]:X4} {(int)decomposed[1]:X4} {cp:X4}\n");
            }
        }

        return table.ToString();
    }
}
