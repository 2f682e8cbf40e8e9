using System.Globalization;

namespace Reader.Site.Citations;

/// <summary>
/// A citation in the two styles researchers ask for most: Chicago author-date (17th edition), which pairs with APA
/// as both put the year after the authors, and APA (7th edition). Titles are kept as the source writes them: APA's
/// sentence case cannot be made by rule without lowering proper names ("Russian", "COVID-19").
/// </summary>
public static class CitationStyles
{
    /// <summary>Chicago author-date, reference-list form.</summary>
    public static IReadOnlyList<CitationRun> Chicago(Citation c)
    {
        var text = new CitationText();
        var year = c.Date?.Year.ToString(CultureInfo.InvariantCulture) ?? "n.d.";
        var italicTitle = c.Type == CitationType.Report;
        if (c.Authors.Count > 0)
        {
            text.Plain(Sentence(ChicagoNames(c.Authors))).Plain(" ").Plain(year).Plain(". ");
            Title(text, c.Title, italicTitle);
        }
        else
        {
            Title(text, c.Title, italicTitle);
            text.Plain(" ").Plain(year).Plain(".");
        }

        if (c.Interviewers.Count > 0)
        {
            text.Plain($" Interview by {Join(c.Interviewers.Select(n => n.Natural))}.");
        }

        switch (c.Type)
        {
            case CitationType.Chapter when c.ContainerTitle is { } book:
                text.Plain(" In ").Italic(book);
                if (c.Editors.Count > 0)
                {
                    text.Plain($", edited by {Join(c.Editors.Select(n => n.Natural))}");
                }

                text.Plain(c.Pages is { } pages ? $", {pages}." : ".");
                Publisher(text, c.Publisher);
                break;
            case CitationType.JournalArticle when c.ContainerTitle is { } journal:
                text.Plain(" ").Italic(journal);
                if (c.Volume is { } volume)
                {
                    text.Plain(" " + volume);
                }

                if (c.Issue is { } issue)
                {
                    text.Plain($" ({issue})");
                }

                text.Plain(c.Pages is { } journalPages ? $": {journalPages}." : ".");
                break;
            case CitationType.WebPage or CitationType.Interview when c.Publisher is { } site:
                text.Plain($" {site}{(c.Date is { } date ? ", " + date.ToString("MMMM d, yyyy", CultureInfo.InvariantCulture) : "")}.");
                break;
            default:
                Publisher(text, c.Publisher);
                break;
        }

        if (c.OriginalPublisher is { } original)
        {
            text.Plain($" Originally published by {original}.");
        }

        if (c.Date is null && c.Accessed is { } accessed)
        {
            text.Plain($" Accessed {accessed.ToString("MMMM d, yyyy", CultureInfo.InvariantCulture)}.");
        }

        return text.Plain($" {c.Link}.").Runs();
    }

    /// <summary>APA 7th edition, reference-list form.</summary>
    public static IReadOnlyList<CitationRun> Apa(Citation c)
    {
        var text = new CitationText();
        var dated = c.Type is CitationType.WebPage or CitationType.Interview;
        var date = c.Date is not { } d ? "(n.d.)" : dated ? $"({d.ToString("yyyy, MMMM d", CultureInfo.InvariantCulture)})" : $"({d.Year.ToString(CultureInfo.InvariantCulture)})";
        var italicTitle = c.Type is CitationType.WebPage or CitationType.Interview or CitationType.Report || (c.Type == CitationType.Chapter && c.ContainerTitle is null);
        var bracket = c.Type switch
        {
            CitationType.Interview => c.Interviewers.Count > 0 ? $" [Interview by {Join(c.Interviewers.Select(n => n.InitialsFamily), "&")}]" : " [Interview]",
            CitationType.Chapter when c.ContainerTitle is null => " [Chapter]",
            CitationType.Report when c.Issue is { } number => $" (No. {number})",
            _ => "",
        };

        void TitleAndBracket()
        {
            if (italicTitle)
            {
                text.Italic(c.Title);
            }
            else
            {
                text.Plain(c.Title);
            }

            text.Plain(bracket + (bracket.Length == 0 && EndsSentence(c.Title) ? "" : "."));
        }

        if (c.Authors.Count > 0)
        {
            text.Plain(Sentence(ApaNames(c.Authors))).Plain($" {date}. ");
            TitleAndBracket();
        }
        else
        {
            TitleAndBracket();
            text.Plain($" {date}.");
        }

        switch (c.Type)
        {
            case CitationType.Chapter when c.ContainerTitle is { } book:
                text.Plain(" In ");
                if (c.Editors.Count > 0)
                {
                    text.Plain($"{Join(c.Editors.Select(n => n.InitialsFamily), "&")} ({(c.Editors.Count == 1 ? "Ed." : "Eds.")}), ");
                }

                text.Italic(book).Plain(c.Pages is { } pages ? $" ({(pages.Contains('–') || pages.Contains('-') ? "pp." : "p.")} {pages})." : ".");
                Publisher(text, c.Publisher);
                break;
            case CitationType.JournalArticle when c.ContainerTitle is { } journal:
                text.Plain(" ").Italic(journal);
                if (c.Volume is { } volume)
                {
                    text.Plain(", ").Italic(volume);
                }

                if (c.Issue is { } issue)
                {
                    text.Plain($"({issue})");
                }

                text.Plain(c.Pages is { } journalPages ? $", {journalPages}." : ".");
                break;
            default:
                Publisher(text, c.Publisher);
                break;
        }

        return text.Plain($" {c.Link}").Runs();
    }

    /// <summary>"Togo, Kazuhiko, and Dmitry Streltsov": the first name inverted, the others not.</summary>
    private static string ChicagoNames(IReadOnlyList<CitedName> names) =>
        names.Count == 1 ? names[0].Inverted : Join([names[0].Inverted, .. names.Skip(1).Select(n => n.Natural)], "and", serialCommaForTwo: true);

    /// <summary>"Togo, K., & Streltsov, D.".</summary>
    private static string ApaNames(IReadOnlyList<CitedName> names) =>
        names.Count == 1 ? names[0].FamilyInitials : string.Join(", ", names.Take(names.Count - 1).Select(n => n.FamilyInitials)) + ", & " + names[^1].FamilyInitials;

    private static string Join(IEnumerable<string> items, string conjunction = "and", bool serialCommaForTwo = false)
    {
        var list = items.ToList();
        return list.Count switch
        {
            0 => "",
            1 => list[0],
            2 => $"{list[0]}{(serialCommaForTwo ? "," : "")} {conjunction} {list[1]}",
            _ => string.Join(", ", list.Take(list.Count - 1)) + $", {conjunction} {list[^1]}",
        };
    }

    /// <summary>A title in quotation marks, the full stop inside them; quotation marks within become single ones.</summary>
    private static void Title(CitationText text, string title, bool italic)
    {
        if (italic)
        {
            text.Italic(title).Plain(EndsSentence(title) ? "" : ".");
            return;
        }

        var inner = title.Replace('“', '‘').Replace('”', '’').Replace('"', '\'');
        text.Plain($"“{inner}{(EndsSentence(title) ? "" : ".")}”");
    }

    private static void Publisher(CitationText text, string? publisher)
    {
        if (publisher is not null)
        {
            text.Plain($" {Sentence(publisher)}");
        }
    }

    /// <summary>The text with a full stop at its end, unless it ends a sentence already ("Jr.", "?").</summary>
    private static string Sentence(string text) => EndsSentence(text) ? text : text + ".";

    private static bool EndsSentence(string text) => text.Length > 0 && text[^1] is '.' or '?' or '!';
}
