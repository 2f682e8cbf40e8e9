using System.Text.RegularExpressions;

namespace Reader.Ingest.Metadata;

/// <summary>
/// Reads the ways pages credit people: "By A, research fellow at X", "Interview with X Senior Fellow A",
/// and attributions in a standfirst ("…, notes X President A").
/// </summary>
public static partial class BylineParser
{
    /// <summary>A byline line ("By …", "Posted on … by …", "Author: …"); empty when the line names nobody.</summary>
    public static IReadOnlyList<BylineCredit> ParseBy(string line)
    {
        var match = ByPattern().Match(line.Trim());
        return match.Success ? ParseCreditList(CutAtSeparator(match.Groups["rest"].Value)) : [];
    }

    /// <summary>"Interview with [institution] [title] Name" or "Interview with Name, title"; null when no name is found.</summary>
    public static BylineCredit? ParseInterview(string line)
    {
        var match = InterviewPattern().Match(line.Trim());
        if (!match.Success)
        {
            return null;
        }

        var rest = match.Groups["rest"].Value.Trim();
        return rest.Contains(',', StringComparison.Ordinal) ? ParseCreditList(rest).FirstOrDefault() : SplitNameRun(rest);
    }

    /// <summary>"…, notes Tokyo Foundation President Masahiro Akiyama in …": the person a standfirst quotes as the author.</summary>
    public static BylineCredit? ParseAttribution(string paragraph)
    {
        foreach (Match match in AttributionPattern().Matches(paragraph))
        {
            if (SplitNameRun(match.Groups["run"].Value) is { } credit)
            {
                return credit;
            }
        }

        return null;
    }

    /// <summary>
    /// A capitalised run "[institution] [title words] Given Family": the name is the trailing capitalised
    /// non-title words, the title the title words before it, the institution whatever precedes.
    /// </summary>
    public static BylineCredit? SplitNameRun(string run)
    {
        var words = run.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).ToList();
        var nameStart = -1;
        for (var length = 2; length <= 4 && length <= words.Count; length++)
        {
            var added = words[^length];
            var candidate = string.Join(' ', words[^length..]);
            if (length > 2 && (nameStart < 0 || added.All(c => !char.IsLetter(c) || char.IsUpper(c))))
            {
                // A longer name only grows by real name words, not by an acronym like "SPF" in front.
                break;
            }

            if (AuthorNameParser.LooksLikePersonName(candidate))
            {
                nameStart = words.Count - length;
            }
            else if (length > 2)
            {
                break;
            }
        }

        if (nameStart < 0)
        {
            return null;
        }

        var name = string.Join(' ', words[nameStart..]);
        var titleStart = nameStart;
        while (titleStart > 0 && AuthorNameParser.IsTitleWord(words[titleStart - 1]))
        {
            titleStart--;
        }

        var title = string.Join(' ', words[titleStart..nameStart]);
        var affiliation = StripArticle(string.Join(' ', words[..titleStart]).TrimEnd(',')).Replace("’s", "", StringComparison.Ordinal);
        return new BylineCredit(name, Empty(title), Empty(affiliation));
    }

    /// <summary>
    /// "A, B and C, title at Institution": leading name segments, then a description that applies to the names before it.
    /// </summary>
    public static IReadOnlyList<BylineCredit> ParseCreditList(string text)
    {
        var credits = new List<BylineCredit>();
        var pending = new List<string>();
        string? title = null;
        string? affiliation = null;

        void Flush()
        {
            credits.AddRange(pending.Select(n => new BylineCredit(n, title, affiliation)));
            pending.Clear();
            title = null;
            affiliation = null;
        }

        foreach (var raw in text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            var segment = LeadingAnd().Replace(raw, "");
            var names = AuthorNameParser.Split(segment);
            if (names.Count > 0 && names.Count == AndSeparated().Split(segment).Length)
            {
                if (title is not null || affiliation is not null)
                {
                    Flush();
                }

                pending.AddRange(names);
            }
            else if (pending.Count > 0)
            {
                var (segmentTitle, segmentAffiliation) = ParseDescription(segment);
                title ??= segmentTitle;
                affiliation ??= segmentAffiliation;
            }
        }

        Flush();
        return credits;
    }

    /// <summary>"research fellow at the Tokyo Foundation" → (research fellow, Tokyo Foundation); "Chief Editor" → (Chief Editor, null).</summary>
    public static (string? Title, string? Affiliation) ParseDescription(string text)
    {
        // "by A, July 2019": a month and year, or a year, after the name is when, not where.
        if (YearOnly().IsMatch(text))
        {
            return (null, null);
        }

        var at = AtPattern().Match(text);
        if (at.Success)
        {
            return (Empty(at.Groups["title"].Value), Empty(StripArticle(at.Groups["place"].Value)));
        }

        var first = text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).FirstOrDefault() ?? "";
        return AuthorNameParser.IsTitleWord(first) ? (Empty(text), null) : (null, Empty(StripArticle(text)));
    }

    private static string CutAtSeparator(string text)
    {
        var cut = text.IndexOfAny(['|', '·', '—']);
        var rest = cut >= 0 ? text[..cut] : text;
        var date = DateParser.FindIn(rest);
        return (date is null ? rest : DateTail().Replace(rest, "")).Trim().TrimEnd('.', ',');
    }

    private static string StripArticle(string text) => LeadingThe().Replace(text.Trim(), "").Trim().TrimEnd('.');

    private static string? Empty(string text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    [GeneratedRegex(@"^(?:\p{L}+\.?\s+)?(?:\d{1,2}\.?\s+)?\d{4}$")]
    private static partial Regex YearOnly();

    [GeneratedRegex(@"^(?:(?:Posted|Published|Written|Reported|Story|Text|Words|Article|Interview(?:ed)?)\b[^:]*?\s)?(?:[Bb]y|BY)\s*:?\s+(?<rest>.+)$|^Authors?\s*:\s*(?<rest>.+)$")]
    private static partial Regex ByPattern();

    [GeneratedRegex(@"^(?:An?\s+)?(?:Exclusive\s+)?Interview\s+with\s*:?\s+(?<rest>.+)$", RegexOptions.IgnoreCase)]
    private static partial Regex InterviewPattern();

    [GeneratedRegex(@"\b(?:notes|writes|says|argues|explains|observes|suggests|contends|warns|according to)\s+(?<run>(?:[A-Z][\p{L}’'.-]*\s+){1,8}[A-Z][\p{L}’'.-]*)")]
    private static partial Regex AttributionPattern();

    [GeneratedRegex(@"^(?<title>.+?)\s+(?:at|with)\s+(?<place>.+)$")]
    private static partial Regex AtPattern();

    [GeneratedRegex(@"^(?:the)\s+", RegexOptions.IgnoreCase)]
    private static partial Regex LeadingThe();

    [GeneratedRegex(@"^(?:and|&)\s+", RegexOptions.IgnoreCase)]
    private static partial Regex LeadingAnd();

    [GeneratedRegex(@"\s+and\s+|\s*&\s*")]
    private static partial Regex AndSeparated();

    [GeneratedRegex(@"\s*(?:on\s+)?(?:\w+\.?\s+)?\d{1,2}\s*\w*\.?,?\s+\d{4}.*$|\s*(?:on\s+)?\d{4}-\d{2}-\d{2}.*$")]
    private static partial Regex DateTail();
}
