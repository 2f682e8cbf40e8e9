using System.Globalization;
using System.Text.RegularExpressions;
using Reader.Ingest.Metadata;

namespace Reader.Ingest.Html;

/// <summary>Reads the dates pages put in metadata: ISO 8601 (with or without time), <c>2024/03/26</c>, or prose dates.</summary>
public static partial class HtmlDateReader
{
    public static DateOnly? Read(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        var iso = IsoDate().Match(value.Trim());
        if (iso.Success && DateOnly.TryParseExact($"{iso.Groups["y"].Value}-{iso.Groups["m"].Value.PadLeft(2, '0')}-{iso.Groups["d"].Value.PadLeft(2, '0')}",
                "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        return DateParser.FindIn(value);
    }

    [GeneratedRegex(@"^(?<y>\d{4})[-/.](?<m>\d{1,2})[-/.](?<d>\d{1,2})(?:$|[T\s])")]
    private static partial Regex IsoDate();
}
