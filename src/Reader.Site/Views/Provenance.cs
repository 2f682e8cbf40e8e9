using Reader.Content;
using Reader.Site.Model;

namespace Reader.Site.Views;

/// <summary>Builds an article's provenance panel from its front matter: the site builds from <c>input/</c> alone.</summary>
public static class Provenance
{
    public static ProvenanceView Of(ViewContext context, Article article)
    {
        var words = context.Words;
        var matter = article.Matter;
        var source = Uri.TryCreate(matter.SourceUrl, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" ? uri : null;
        var host = source?.Host is { } name && name.StartsWith("www.", StringComparison.OrdinalIgnoreCase) ? name[4..] : source?.Host;
        var publisher = matter.Publisher ?? matter.OriginalPublisher;

        // Ingest names its rules by what they do: Extract… rules move lines into the front matter, the others drop them.
        var extracted = matter.RemovedLines.Where(r => r.Rule.StartsWith("Extract", StringComparison.Ordinal)).ToList();
        var removed = matter.RemovedLines.Except(extracted).ToList();
        var total = removed.Sum(r => r.Lines);
        return new ProvenanceView(
            source?.AbsoluteUri is not null ? matter.SourceUrl : null,
            publisher,
            matter.OriginalPublisher is { } original && original != publisher ? original : null,
            host is not null && !SamePublisher(host, publisher) ? host : null,
            matter.Captured is { } captured ? words.Date(captured) : null,
            Formatting.DateIso(matter.Captured),
            matter.Source,
            matter.SourceSha256,
            matter.RemovedLines.Count == 0 ? null : words.Format(
                extracted.Count == 0 ? "provenance_removed" : "provenance_removed_extracted",
                ("lines", words.Count("count_lines", total)),
                ("rules", words.Count("count_rules", removed.Count)),
                ("extracted", words.Count("count_lines", extracted.Sum(r => r.Lines)))),
            [.. removed.Select(r => new RemovalView(r.Rule, words.Count("count_lines", r.Lines)))],
            [.. extracted.Select(r => new RemovalView(r.Rule, words.Count("count_lines", r.Lines)))],
            Derived(words, article));
    }

    /// <summary>What the editors supplied or left out, rather than the source stating it.</summary>
    private static IReadOnlyList<string> Derived(Language.InterfaceText words, Article article)
    {
        var notes = new List<string>();
        switch (article.Matter.TitleDerived)
        {
            case DerivedTitle.Unreviewed:
                notes.Add(words["derived_title_unreviewed"]);
                break;
            case DerivedTitle.Reviewed:
                notes.Add(words["derived_title"]);
                break;
        }

        if (article.Date is null)
        {
            notes.Add(words["derived_undated"]);
        }

        if (article.Credits.Count == 0)
        {
            notes.Add(words["derived_no_author"]);
        }

        if (article.Themes.Count > 0)
        {
            notes.Add(words["derived_themes"]);
        }

        return notes;
    }

    /// <summary>
    /// Whether a web site is plainly the publisher's own: its main name is a word of the publisher's name, or its
    /// initials ("spf.org" for the Sasakawa Peace Foundation).
    /// </summary>
    public static bool SamePublisher(string host, string? publisher)
    {
        if (publisher is null)
        {
            return false;
        }

        var labels = host.Split('.');
        var main = labels.Length >= 2 ? labels[^2] : labels[0];
        if (main.Length <= 3 && labels.Length >= 3 && labels[^2] is "co" or "ac" or "or" or "ne" or "go")
        {
            main = labels[^3];
        }

        var words = Slug.From(publisher).Split('-', StringSplitOptions.RemoveEmptyEntries);
        var initials = string.Concat(words.Where(w => w is not ("the" or "of" or "for" or "and")).Select(w => w[0]));
        var joined = string.Concat(words);
        return words.Contains(main) || initials == main || joined.Contains(main, StringComparison.Ordinal);
    }
}
