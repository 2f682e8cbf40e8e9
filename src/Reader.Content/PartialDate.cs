using System.Globalization;

namespace Reader.Content;

/// <summary>
/// A date known to the year, the month or the day: what a text or a person file states, and no more. A year-only
/// date sorts as the year (before that year's months), a month-only date as the month (before its days), so
/// "2016" is never shown as "1 January 2016".
/// </summary>
public readonly record struct PartialDate(int Year, int Month = 0, int Day = 0) : IComparable<PartialDate>
{
    public DatePrecision Precision => Day > 0 ? DatePrecision.Day : Month > 0 ? DatePrecision.Month : DatePrecision.Year;

    public static PartialDate Of(DateOnly date) => new(date.Year, date.Month, date.Day);

    /// <summary>A date, checked against the calendar: 1 ≤ month ≤ 12, the day within its month, the year 1–9999.</summary>
    public static PartialDate? Create(int year, int month = 0, int day = 0)
    {
        if (year is < 1 or > 9999 || month is < 0 or > 12 || (month == 0 && day != 0) || day < 0)
        {
            return null;
        }

        return day == 0 || day <= DateTime.DaysInMonth(year, month) ? new PartialDate(year, month, day) : null;
    }

    /// <summary>Reads <c>YYYY</c>, <c>YYYY-MM</c> or <c>YYYY-MM-DD</c>.</summary>
    public static bool TryParse(string text, out PartialDate date)
    {
        date = default;
        var parts = text.Trim().Split('-');
        if (parts.Length > 3 || parts[0].Length != 4 || parts.Skip(1).Any(p => p.Length != 2) || !parts.All(p => p.All(char.IsAsciiDigit)))
        {
            return false;
        }

        var numbers = parts.Select(p => int.Parse(p, CultureInfo.InvariantCulture)).ToArray();
        if (Create(numbers[0], numbers.ElementAtOrDefault(1), numbers.ElementAtOrDefault(2)) is not { } parsed || (parts.Length > 1 && parsed.Month == 0) || (parts.Length > 2 && parsed.Day == 0))
        {
            return false;
        }

        date = parsed;
        return true;
    }

    /// <summary><c>2016</c>, <c>2016-05</c> or <c>2016-05-12</c>: also what a <c>&lt;time datetime&gt;</c> takes.</summary>
    public string Iso => Precision switch
    {
        DatePrecision.Day => string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-{Month:D2}-{Day:D2}"),
        DatePrecision.Month => string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-{Month:D2}"),
        _ => Year.ToString("D4", CultureInfo.InvariantCulture),
    };

    /// <summary>"2016", "May 2016", "12 May 2016", in the invariant culture.</summary>
    public string Text => Precision switch
    {
        DatePrecision.Day => new DateOnly(Year, Month, Day).ToString("d MMMM yyyy", CultureInfo.InvariantCulture),
        DatePrecision.Month => new DateOnly(Year, Month, 1).ToString("MMMM yyyy", CultureInfo.InvariantCulture),
        _ => Year.ToString(CultureInfo.InvariantCulture),
    };

    public int CompareTo(PartialDate other) =>
        Year != other.Year ? Year.CompareTo(other.Year) : Month != other.Month ? Month.CompareTo(other.Month) : Day.CompareTo(other.Day);

    public override string ToString() => Iso;
}

/// <summary>How much of a <see cref="PartialDate"/> is known.</summary>
public enum DatePrecision
{
    Year,
    Month,
    Day,
}
