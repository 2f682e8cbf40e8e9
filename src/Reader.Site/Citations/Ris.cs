using System.Globalization;
using System.Text;

namespace Reader.Site.Citations;

/// <summary>
/// RIS records (the format of reference managers' imports): a <c>TY</c> line first, <c>ER</c> last, each line
/// <c>TAG  - value</c>, lines ending in LF, as every output of the site (reference managers read both LF and the CR LF of the specification).
/// </summary>
public static class Ris
{
    public static string Write(IEnumerable<Citation> citations) => string.Join("\n", citations.Select(Record));

    public static string Record(Citation c)
    {
        var lines = new StringBuilder();
        void Add(string tag, string? value)
        {
            if (!string.IsNullOrWhiteSpace(value))
            {
                lines.Append(tag).Append("  - ").Append(Line(value)).Append('\n');
            }
        }

        Add("TY", c.Type switch
        {
            CitationType.Chapter => "CHAP",
            CitationType.Report => "RPRT",
            CitationType.JournalArticle => "JOUR",
            CitationType.Interview => "GEN",
            _ => "ELEC",
        });
        Add("ID", c.Key);
        foreach (var author in c.Authors)
        {
            Add("AU", author.Inverted);
        }

        foreach (var editor in c.Editors)
        {
            Add(c.Type == CitationType.Chapter ? "A2" : "ED", editor.Inverted);
        }

        foreach (var translator in c.Translators)
        {
            Add("A4", translator.Inverted);
        }

        foreach (var interviewer in c.Interviewers)
        {
            Add("A3", interviewer.Inverted);
        }

        Add("TI", c.Title);
        Add("T2", c.ContainerTitle);
        Add("PY", c.Date?.Year.ToString(CultureInfo.InvariantCulture));
        Add("DA", c.Date?.ToString("yyyy/MM/dd", CultureInfo.InvariantCulture));
        Add("PB", c.Publisher);
        Add("VL", c.Volume);
        Add("IS", c.Issue);
        if (c.Pages is { } pages)
        {
            var parts = pages.Split(['–', '-'], 2, StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            Add("SP", parts[0]);
            Add("EP", parts.Length > 1 ? parts[1] : null);
        }

        Add("DO", c.Doi);
        Add("UR", c.Url);
        Add("Y2", c.Accessed?.ToString("yyyy/MM/dd", CultureInfo.InvariantCulture));
        Add("LA", c.Language);
        foreach (var keyword in c.Keywords)
        {
            Add("KW", keyword);
        }

        Add("AB", c.Abstract);
        lines.Append("ER  - \n");
        return lines.ToString();
    }

    /// <summary>A value on one line: RIS ends a field at the line's end.</summary>
    private static string Line(string value) => string.Join(' ', value.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries)).Trim();
}
