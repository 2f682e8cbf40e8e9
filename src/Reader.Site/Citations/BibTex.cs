using System.Globalization;
using System.Text;

namespace Reader.Site.Citations;

/// <summary>
/// BibTeX entries, readable by BibTeX and biber: <c>@misc</c> for web pages and interviews, <c>@incollection</c>,
/// <c>@techreport</c> and <c>@article</c>. Text is UTF-8 with TeX's special characters escaped; titles are wrapped
/// in a second pair of braces so styles keep their capitals; <c>url</c> and <c>doi</c> are left as they are.
/// </summary>
public static class BibTex
{
    public static string Write(IEnumerable<Citation> citations) => string.Join("\n", citations.Select(Entry));

    public static string Entry(Citation c)
    {
        var (type, container) = c.Type switch
        {
            CitationType.Chapter => ("incollection", "booktitle"),
            CitationType.Report => ("techreport", "series"),
            CitationType.JournalArticle => ("article", "journal"),
            _ => ("misc", "howpublished"),
        };
        var fields = new List<(string Name, string Value)>();
        void Add(string name, string? value, bool raw = false)
        {
            if (!string.IsNullOrWhiteSpace(value))
            {
                fields.Add((name, raw ? value : Escape(value)));
            }
        }

        Add("author", Names(c.Authors));
        Add("editor", Names(c.Editors));
        Add("translator", Names(c.Translators));
        fields.Add(("title", "{" + Escape(c.Title) + "}"));
        Add(container, c.ContainerTitle ?? (c.Type is CitationType.WebPage or CitationType.Interview ? c.Publisher : null));
        Add(c.Type switch { CitationType.Report => "institution", CitationType.Chapter => "publisher", _ => "" }, c.Type is CitationType.Report or CitationType.Chapter ? c.Publisher : null);
        Add("year", c.Date?.Year.ToString(CultureInfo.InvariantCulture));
        Add("date", c.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        Add("volume", c.Volume);
        Add("number", c.Issue);
        Add("pages", c.Pages?.Replace("–", "--", StringComparison.Ordinal));
        Add("doi", c.Doi, raw: true);
        Add("url", c.Url, raw: true);
        Add("urldate", c.Accessed?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        Add("language", c.Language);
        if (c.Interviewers.Count > 0)
        {
            Add("note", $"Interview by {string.Join(" and ", c.Interviewers.Select(n => n.Natural))}");
        }

        Add("keywords", string.Join(", ", c.Keywords));
        Add("abstract", c.Abstract);

        var entry = new StringBuilder($"@{type}{{{c.Key},\n");
        foreach (var (name, value) in fields)
        {
            entry.Append($"  {name} = {{{value}}},\n");
        }

        return entry.Append("}\n").ToString();
    }

    /// <summary>"Abiru, Taisuke and Enzmann, Jackie"; a name that cannot be split is braced, so BibTeX takes it whole.</summary>
    private static string Names(IReadOnlyList<CitedName> names) =>
        string.Join(" and ", names.Select(n => n.Literal is { } literal ? "{" + Escape(literal) + "}" : $"{Escape(n.Family!)}, {Escape(n.Given!)}"));

    /// <summary>TeX's special characters as commands; braces in the text as escaped braces, so every brace of a field is balanced.</summary>
    public static string Escape(string text)
    {
        var escaped = new StringBuilder(text.Length + 8);
        foreach (var ch in text)
        {
            escaped.Append(ch switch
            {
                '\\' => @"\textbackslash{}",
                '{' => @"\{",
                '}' => @"\}",
                '&' => @"\&",
                '%' => @"\%",
                '$' => @"\$",
                '#' => @"\#",
                '_' => @"\_",
                '~' => @"\textasciitilde{}",
                '^' => @"\textasciicircum{}",
                '\n' or '\r' or '\t' => " ",
                _ => ch.ToString(),
            });
        }

        return escaped.ToString();
    }
}
