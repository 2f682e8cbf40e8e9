using Reader.Content;
using Reader.Site.Language;
using Reader.Site.Model;

namespace Reader.Site.Views;

/// <summary>
/// Turns credits into words: "Interview with A by B", "By A and B", "Edited by C", in the site's language
/// (the <c>byline_*</c> keys of <see cref="InterfaceText"/>). The wording is chosen here so templates only print it.
/// </summary>
public static class Bylines
{
    /// <summary>
    /// How many of an article's people lists name: its card, its feed entries, its co-authors on an author page.
    /// Its own page names everyone. Without a bound, an article crediting 5,000 people put 5,000 names on each of
    /// their 5,000 pages.
    /// </summary>
    public const int ListedPeople = 50;

    private static readonly AuthorRole[] Order = [AuthorRole.Interviewee, AuthorRole.Interviewer, AuthorRole.Author, AuthorRole.Editor, AuthorRole.Translator];

    /// <param name="limit">Name at most this many people (in byline order), and say how many more there are.</param>
    /// <param name="kindNamed">The page already says "Interview" (kicker or subtitle): the byline names the people without saying it a third time.</param>
    public static IReadOnlyList<BylineSegmentView> Segments(Article article, SiteUrls urls, InterfaceText text, int limit = int.MaxValue, bool kindNamed = false)
    {
        var segments = new List<BylineSegmentView>();
        var hasInterviewee = article.Credits.Any(c => c.Role == AuthorRole.Interviewee);
        var named = 0;
        foreach (var role in Order)
        {
            var people = article.Credits.Where(c => c.Role == role).Take(Math.Max(0, limit - named)).ToList();
            named += people.Count;
            if (people.Count == 0)
            {
                continue;
            }

            var first = segments.Count == 0;
            var separator = first ? "" : text["byline_list_separator"];
            var (before, key) = role switch
            {
                AuthorRole.Interviewee => ("", kindNamed ? "byline_with" : "byline_interview_with"),
                AuthorRole.Interviewer when hasInterviewee => kindNamed ? (text["byline_list_separator"], "byline_questions_by") : (" ", "byline_interviewer_by"),
                AuthorRole.Interviewer when kindNamed => (separator, first ? "byline_questions_by_first" : "byline_questions_by"),
                AuthorRole.Interviewer => (separator, first ? "byline_interview_by_first" : "byline_interview_by"),
                AuthorRole.Author => (separator, first ? "byline_by_first" : "byline_by"),
                AuthorRole.Editor => (separator, first ? "byline_edited_by_first" : "byline_edited_by"),
                _ => (separator, first ? "byline_translated_by_first" : "byline_translated_by"),
            };
            segments.Add(new BylineSegmentView(before, text[key], [.. people.Select((c, i) => new PersonLinkView(NameSeparator(text, i, people.Count), c.Person.Name, urls.Term("authors", c.Person.Slug)))]));
        }

        if (article.Credits.Count > named && segments.Count > 0)
        {
            segments.Add(new BylineSegmentView(text["byline_comma"], text.Count("count_more_people", article.Credits.Count - named), []));
        }

        return segments;
    }

    /// <summary>The people in the first <see cref="ListedPeople"/> credits of the article, for lists that name some of them.</summary>
    public static IEnumerable<ArticleCredit> Listed(Article article) => article.Credits.Take(ListedPeople);

    /// <summary>The byline as plain text, for lists and feeds.</summary>
    public static string? Text(IReadOnlyList<BylineSegmentView> segments) =>
        segments.Count == 0 ? null : string.Concat(segments.Select(s => s.Separator + s.Lead + (s.People.Count == 0 ? "" : " ") + string.Concat(s.People.Select(p => p.Separator + p.Name))));

    public static string Role(AuthorRole role, InterfaceText text) => text[role switch
    {
        AuthorRole.Interviewee => "role_interviewee",
        AuthorRole.Interviewer => "role_interviewer",
        AuthorRole.Editor => "role_editor",
        AuthorRole.Translator => "role_translator",
        _ => "role_author",
    }];

    /// <summary>The role under a person's name on the cards after an article.</summary>
    public static string CardRole(AuthorRole role, InterfaceText text) => role == AuthorRole.Interviewee ? text["card_role_interviewee"] : Role(role, text);

    private static string NameSeparator(InterfaceText text, int index, int count) =>
        index == 0 ? "" : text[index == count - 1 ? (count > 2 ? "byline_serial_and" : "byline_and") : "byline_comma"];
}
