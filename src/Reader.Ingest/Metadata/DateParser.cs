using System.Globalization;
using System.Text.RegularExpressions;

namespace Reader.Ingest.Metadata;

/// <summary>
/// Reads publication dates as pages write them. A date needs day, month and year: "Dec. 15" or "2024"
/// alone is not a publication date, and nothing is ever guessed.
/// </summary>
public static partial class DateParser
{
    private static readonly Dictionary<string, int> Months = new(StringComparer.OrdinalIgnoreCase)
    {
        ["january"] = 1,
        ["jan"] = 1,
        ["february"] = 2,
        ["feb"] = 2,
        ["march"] = 3,
        ["mar"] = 3,
        ["april"] = 4,
        ["apr"] = 4,
        ["may"] = 5,
        ["june"] = 6,
        ["jun"] = 6,
        ["july"] = 7,
        ["jul"] = 7,
        ["august"] = 8,
        ["aug"] = 8,
        ["september"] = 9,
        ["sep"] = 9,
        ["sept"] = 9,
        ["october"] = 10,
        ["oct"] = 10,
        ["november"] = 11,
        ["nov"] = 11,
        ["december"] = 12,
        ["dec"] = 12,
    };

    /// <summary>The whole text is one date ("May 12, 2020", "26 March 2024", "2020-05-12", "2020年5月12日").</summary>
    public static bool TryParse(string text, out DateOnly date)
    {
        date = default;
        var match = Find(text.Trim(), out var found);
        if (match is null || match.Index != 0 || match.Length != text.Trim().Length)
        {
            return false;
        }

        date = found;
        return true;
    }

    /// <summary>The first full date anywhere in <paramref name="text"/>, or null.</summary>
    public static DateOnly? FindIn(string text) => Find(text, out var date) is null ? null : date;

    /// <summary>
    /// A line that only states a date, perhaps with a label ("Published: 3 Feb 2022", "Posted on Tuesday, May 12, 2020 10:30")
    /// </summary>
    /// <param name="isUpdate">The label says it is an update or modification date, not the publication date.</param>
    public static DateOnly? FromDateLine(string line, out bool isUpdate)
    {
        var label = LabelPattern().Match(line.Trim());
        isUpdate = label.Groups["update"].Success;
        var rest = line.Trim()[label.Length..].Trim();
        rest = WeekdayPattern().Replace(rest, "");
        rest = TimePattern().Replace(rest, "").Trim().TrimEnd('|', '·', '-', '–', ',').Trim();
        return TryParse(rest, out var date) ? date : null;
    }

    private static Match? Find(string text, out DateOnly date)
    {
        date = default;
        Match? best = null;
        foreach (var pattern in new[] { IsoPattern(), MonthFirstPattern(), DayFirstPattern(), JapanesePattern(), DottedPattern() })
        {
            var match = pattern.Match(text);
            while (match.Success)
            {
                if ((best is null || match.Index < best.Index) && TryBuild(match, out var candidate))
                {
                    best = match;
                    date = candidate;
                    break;
                }

                match = match.NextMatch();
            }
        }

        return best;
    }

    private static bool TryBuild(Match match, out DateOnly date)
    {
        date = default;
        var month = match.Groups["month"].Value;
        var monthNumber = int.TryParse(month, NumberStyles.None, CultureInfo.InvariantCulture, out var m) ? m
            : Months.TryGetValue(month.TrimEnd('.'), out var named) ? named : 0;
        var year = int.Parse(match.Groups["year"].Value, CultureInfo.InvariantCulture);
        var day = int.Parse(match.Groups["day"].Value, CultureInfo.InvariantCulture);
        if (monthNumber is < 1 or > 12 || year is < 1800 or > 2200 || day < 1 || day > DateTime.DaysInMonth(year, monthNumber))
        {
            return false;
        }

        date = new DateOnly(year, monthNumber, day);
        return true;
    }

    [GeneratedRegex(@"\b(?<year>\d{4})-(?<month>\d{2})-(?<day>\d{2})(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?")]
    private static partial Regex IsoPattern();

    [GeneratedRegex(@"\b(?<month>[A-Za-z]{3,9}\.?)\s+(?<day>\d{1,2})(?:st|nd|rd|th)?,?\s+(?<year>\d{4})\b")]
    private static partial Regex MonthFirstPattern();

    [GeneratedRegex(@"\b(?<day>\d{1,2})(?:st|nd|rd|th)?\s+(?<month>[A-Za-z]{3,9}\.?),?\s+(?<year>\d{4})\b")]
    private static partial Regex DayFirstPattern();

    [GeneratedRegex(@"(?<year>\d{4})年\s*(?<month>\d{1,2})月\s*(?<day>\d{1,2})日")]
    private static partial Regex JapanesePattern();

    // Day.month.year is how Russian and German pages write dates.
    [GeneratedRegex(@"\b(?<day>\d{1,2})\.(?<month>\d{1,2})\.(?<year>\d{4})\b")]
    private static partial Regex DottedPattern();

    [GeneratedRegex(@"^(?:(?:first\s+)?(?:published|posted|date|dated|released|issued)|(?<update>(?:last\s+)?(?:updated|modified|revised)))(?:\s+(?:on|online|at))?\s*:?\s*", RegexOptions.IgnoreCase)]
    private static partial Regex LabelPattern();

    [GeneratedRegex(@"^(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)[a-z]*\.?,?\s+", RegexOptions.IgnoreCase)]
    private static partial Regex WeekdayPattern();

    [GeneratedRegex(@"(?:,|\s+at)?\s+\d{1,2}:\d{2}(?::\d{2})?\s*(?:[AaPp]\.?[Mm]\.?)?(?:\s*(?:[A-Z]{2,4}|UTC[+-]?\d*))?\s*$")]
    private static partial Regex TimePattern();
}
