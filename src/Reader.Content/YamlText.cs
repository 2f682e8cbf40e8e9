using System.Globalization;
using System.Text;

namespace Reader.Content;

/// <summary>Formats scalars for hand-written YAML: plain where that reads back unchanged, double-quoted otherwise.</summary>
public static class YamlText
{
    private static readonly string[] Reserved = ["true", "false", "yes", "no", "on", "off", "null", "~", "y", "n"];

    public static string Scalar(string value)
    {
        return NeedsQuotes(value) ? Quote(value) : value;
    }

    public static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string FlowList(IEnumerable<string> items) => "[" + string.Join(", ", items.Select(FlowItem)) + "]";

    private static string FlowItem(string value) =>
        NeedsQuotes(value) || value.IndexOfAny([',', '[', ']', '{', '}']) >= 0 ? Quote(value) : value;

    private static bool NeedsQuotes(string value)
    {
        if (value.Length == 0 || value != value.Trim())
        {
            return true;
        }

        if (Reserved.Contains(value, StringComparer.OrdinalIgnoreCase) || double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out _))
        {
            return true;
        }

        if ("-?:,[]{}#&*!|>'\"%@`".Contains(value[0]))
        {
            return true;
        }

        if (value.Contains(": ", StringComparison.Ordinal) || value.Contains(" #", StringComparison.Ordinal) || value.EndsWith(':'))
        {
            return true;
        }

        return value.Any(c => char.IsControl(c) || c is '\u2028' or '\u2029' or '\uFEFF');
    }

    private static string Quote(string value)
    {
        var builder = new StringBuilder(value.Length + 2).Append('"');
        foreach (var c in value)
        {
            builder.Append(c switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                '\n' => "\\n",
                '\t' => "\\t",
                '\r' => "\\r",
                _ when char.IsControl(c) => $"\\u{(int)c:X4}",
                _ => c.ToString(),
            });
        }

        return builder.Append('"').ToString();
    }
}
