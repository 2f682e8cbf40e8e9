using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Reader.Content;

namespace Reader.Site.Text;

/// <summary>
/// Finds the dates a text states, by the rules of a data file (<c>Data/dates.txt</c>): month names, patterns tried in
/// order at each place, the words that make a year alone a date, and what is not a date in the story (a citation).
/// Only what the text says is read: "Dec. 15" without a year is no date, and "2016" is the year 2016, not its first day.
/// </summary>
public sealed class DatePhrases
{
    private const int FirstYear = 1000;
    private const int LastYear = 2999;

    /// <summary>
    /// How far before its year a date may start: "{day} {month}, {year}" with the longest month name is under 20
    /// characters; this leaves room for runs of white space.
    /// </summary>
    private const int LongestLead = 64;

    // A letter or digit of a script written with spaces: a date must not start or end inside such a word. Han and
    // kana are left out, as "2018年5月に" has no space around its date.
    private const string WordCharacter = @"[\p{L}\p{N}-[\p{IsCJKUnifiedIdeographs}\p{IsHiragana}\p{IsKatakana}]]";

    private static readonly Lazy<DatePhrases> Loaded = new(() => new DatePhrases(SiteData.Read("dates.txt")));

    private readonly Regex _dates;
    private readonly IReadOnlyList<Regex> _excluded;
    private readonly Dictionary<string, int> _months;
    private readonly int _patternCount;

    /// <param name="rules">The text of a rules file, in the format of <c>Data/dates.txt</c>.</param>
    public DatePhrases(string rules)
    {
        var sections = Sections(rules);
        _months = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        foreach (var line in sections.GetValueOrDefault("months", []))
        {
            var equals = line.IndexOf('=');
            if (equals < 0 || !int.TryParse(line[..equals].Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var month) || month is < 1 or > 12)
            {
                throw new FormatException($"dates: the month line '{line}' must read 'number = name, name, …' with a number from 1 to 12");
            }

            foreach (var name in line[(equals + 1)..].Split(',').Select(n => n.Trim()).Where(n => n.Length > 0))
            {
                _months[name] = month;
            }
        }

        var patterns = sections.GetValueOrDefault("patterns", []);
        _patternCount = patterns.Count;
        var pieces = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["day"] = "(?<d>3[01]|[12][0-9]|0?[1-9])",
            ["mm"] = "(?<m>1[0-2]|0?[1-9])",
            ["year"] = "(?<y>[0-9]{4})",
            ["year2"] = "(?<e>[0-9]{4})",
            ["month"] = $"(?<n>{Alternatives(_months.Keys)})",
            // A word before a year is looked behind, not matched, so the date starts at its digits and a fuller
            // pattern there ("of 2018-11-14") wins over the year alone.
            ["before"] = $"(?<=(?<!{WordCharacter})(?:{Alternatives(Words(sections, "year-before"))})\\s+)",
            ["after"] = $"(?:{Alternatives(Words(sections, "year-after"))})",
        };
        var alternatives = patterns.Select((p, i) => $"(?<p{i.ToString(CultureInfo.InvariantCulture)}>(?<!{WordCharacter}){Compile(p, pieces)}(?!{WordCharacter}))");

        // No match timeout: a build must not depend on how busy the machine is. Each alternative is anchored by a
        // lookbehind and reads a bounded run of characters, so the cost grows with the text, not faster.
        // \G: the patterns are tried only at the places Find chooses, a little before each year (see there).
        _dates = new Regex($"\\G(?:{string.Join('|', alternatives)})", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture | RegexOptions.Compiled);
        _excluded = [.. sections.GetValueOrDefault("exclude", []).Select(p => new Regex(p, RegexOptions.CultureInvariant | RegexOptions.Compiled))];
    }

    /// <summary>The rules of <c>Data/dates.txt</c>.</summary>
    public static DatePhrases Default => Loaded.Value;

    /// <summary>Every date the text states, in order.</summary>
    public IReadOnlyList<StatedDate> Find(string text)
    {
        // Every date states its year as a run of four ASCII digits ({year}), and no pattern reads a run of four digits
        // before its year, so a date starts at most a few words before the first digit of its year. The patterns are
        // tried only there, at each place in order, rather than at every place of the text: most passages have no
        // year at all, and the one large alternation of every pattern, interpreted in the native build, cost about
        // 2.5 ms for each passage that had one.
        List<(int Index, int End)>? excluded = null;
        List<StatedDate>? dates = null;
        var next = 0;
        foreach (var year in YearStarts(text))
        {
            for (var start = Math.Max(next, year - LongestLead); start <= year; start++)
            {
                if (!CanStart(text, start))
                {
                    continue;
                }

                var match = _dates.Match(text, start);
                if (!match.Success)
                {
                    continue;
                }

                next = match.Index + match.Length;
                excluded ??= [.. _excluded.SelectMany(r => r.Matches(text)).Select(m => (m.Index, End: m.Index + m.Length))];
                if (!excluded.Any(e => match.Index < e.End && e.Index < next) && Read(match) is { } date)
                {
                    (dates ??= []).Add(date);
                }

                break;
            }
        }

        return dates ?? (IReadOnlyList<StatedDate>)[];
    }

    /// <summary>
    /// Whether a pattern could match here: each begins with a digit or a month's name, and none inside a word
    /// (<see cref="WordCharacter"/>). Checked before the regular expression, whose every call has a cost of its own.
    /// </summary>
    private static bool CanStart(string text, int at) =>
        char.IsLetterOrDigit(text[at]) && (at == 0 || !IsWordCharacter(text[at - 1]));

    /// <summary><see cref="WordCharacter"/> as a test of one character.</summary>
    private static bool IsWordCharacter(char c) =>
        CharUnicodeInfo.GetUnicodeCategory(c) is >= UnicodeCategory.UppercaseLetter and <= UnicodeCategory.OtherNumber
            and not (UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark)
        && c is not (>= '\u4E00' and <= '\u9FFF') and not (>= '\u3040' and <= '\u30FF');

    /// <summary>Where each run of four or more ASCII digits starts (a year is such a run; a longer one never matches).</summary>
    private static IEnumerable<int> YearStarts(string text)
    {
        var run = 0;
        for (var i = 0; i < text.Length; i++)
        {
            run = char.IsAsciiDigit(text[i]) ? run + 1 : 0;
            if (run == 4)
            {
                yield return i - 3;
            }
        }
    }

    private StatedDate? Read(Match match)
    {
        if (!int.TryParse(match.Groups["y"].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var year) || year is < FirstYear or > LastYear)
        {
            return null;
        }

        var month = match.Groups["m"].Success ? int.Parse(match.Groups["m"].Value, CultureInfo.InvariantCulture)
            : match.Groups["n"].Success ? _months[match.Groups["n"].Value] : 0;
        var day = match.Groups["d"].Success ? int.Parse(match.Groups["d"].Value, CultureInfo.InvariantCulture) : 0;
        int? end = match.Groups["e"].Success ? int.Parse(match.Groups["e"].Value, CultureInfo.InvariantCulture) : null;
        if (end is { } last && (last <= year || last > year + 100))
        {
            return null;
        }

        return PartialDate.Create(year, month, day) is { } date ? new StatedDate(match.Index, match.Length, date, end) : null;
    }

    /// <summary>A pattern line as a regular expression: placeholders become their pieces, a space any white space, a dash any dash.</summary>
    private static string Compile(string pattern, Dictionary<string, string> pieces)
    {
        var regex = new StringBuilder();
        for (var i = 0; i < pattern.Length; i++)
        {
            var c = pattern[i];
            if (c == '{' && pattern.IndexOf('}', i) is var close and > 0)
            {
                var name = pattern[(i + 1)..close];
                regex.Append(pieces.TryGetValue(name, out var piece) ? piece : throw new FormatException($"dates: unknown placeholder {{{name}}} in the pattern '{pattern}'"));
                i = close;

                // {before} looks behind, its space with it.
                if (name == "before" && i + 1 < pattern.Length && pattern[i + 1] == ' ')
                {
                    i++;
                }
            }
            else
            {
                regex.Append(c switch
                {
                    ' ' => @"\s+",
                    '-' or '–' or '—' => "[-–—]",
                    _ => Regex.Escape(c.ToString()),
                });
            }
        }

        return regex.ToString();
    }

    /// <summary>Longest first, so "Sept." is tried before "Sep".</summary>
    private static string Alternatives(IEnumerable<string> words) =>
        string.Join('|', words.Distinct(StringComparer.OrdinalIgnoreCase).OrderByDescending(w => w.Length).ThenBy(w => w, StringComparer.Ordinal).Select(w => Regex.Escape(w).Replace(@"\ ", @"\s+", StringComparison.Ordinal)));

    private static IEnumerable<string> Words(Dictionary<string, List<string>> sections, string name) =>
        sections.GetValueOrDefault(name, []).SelectMany(l => l.Split(',')).Select(w => w.Trim()).Where(w => w.Length > 0);

    private static Dictionary<string, List<string>> Sections(string rules)
    {
        var sections = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        List<string>? current = null;
        foreach (var line in SiteData.Lines(rules))
        {
            if (line.StartsWith('[') && line.EndsWith(']'))
            {
                sections[line[1..^1].Trim()] = current = [];
            }
            else
            {
                (current ?? throw new FormatException($"dates: the line '{line}' comes before any [section]")).Add(line);
            }
        }

        return sections;
    }
}
