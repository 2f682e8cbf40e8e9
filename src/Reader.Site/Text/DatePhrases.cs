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
        _dates = new Regex(string.Join('|', alternatives), RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture | RegexOptions.Compiled);
        _excluded = [.. sections.GetValueOrDefault("exclude", []).Select(p => new Regex(p, RegexOptions.CultureInvariant | RegexOptions.Compiled))];
    }

    /// <summary>The rules of <c>Data/dates.txt</c>.</summary>
    public static DatePhrases Default => Loaded.Value;

    /// <summary>Every date the text states, in order.</summary>
    public IReadOnlyList<StatedDate> Find(string text)
    {
        // Every date states its year as four ASCII digits ({year}); most passages have none, and the one large
        // alternation of every pattern costs far more than this scan (interpreted, in the native build).
        if (!HasFourDigits(text))
        {
            return [];
        }

        var excluded = _excluded.SelectMany(r => r.Matches(text)).Select(m => (m.Index, End: m.Index + m.Length)).ToList();
        var dates = new List<StatedDate>();
        foreach (Match match in _dates.Matches(text))
        {
            if (excluded.Any(e => match.Index < e.End && e.Index < match.Index + match.Length) || Read(match) is not { } date)
            {
                continue;
            }

            dates.Add(date);
        }

        return dates;
    }

    private static bool HasFourDigits(string text)
    {
        var run = 0;
        foreach (var c in text)
        {
            run = char.IsAsciiDigit(c) ? run + 1 : 0;
            if (run == 4)
            {
                return true;
            }
        }

        return false;
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
