using Reader.Content;
using Reader.Site.Model;

namespace Reader.Site.Views;

/// <summary>
/// Turns credits into words: "Interview with A by B", "By A and B", "Edited by C".
/// The wording is chosen here so templates only print it.
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
    public static IReadOnlyList<BylineSegmentView> Segments(Article article, SiteUrls urls, int limit = int.MaxValue, bool kindNamed = false)
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
            var (separator, lead) = role switch
            {
                AuthorRole.Interviewee => ("", kindNamed ? "With" : "Interview with"),
                AuthorRole.Interviewer when hasInterviewee => kindNamed ? ("; ", "questions by") : (" ", "by"),
                AuthorRole.Interviewer when kindNamed => (first ? "" : "; ", first ? "Questions by" : "questions by"),
                AuthorRole.Interviewer => (first ? "" : "; ", first ? "Interview by" : "interview by"),
                AuthorRole.Author => (first ? "" : "; ", first ? "By" : "by"),
                AuthorRole.Editor => (first ? "" : "; ", first ? "Edited by" : "edited by"),
                _ => (first ? "" : "; ", first ? "Translated by" : "translated by"),
            };
            segments.Add(new BylineSegmentView(separator, lead, [.. people.Select((c, i) => new PersonLinkView(NameSeparator(i, people.Count), c.Person.Name, urls.Term("authors", c.Person.Slug)))]));
        }

        if (article.Credits.Count > named && segments.Count > 0)
        {
            segments.Add(new BylineSegmentView(", ", string.Create(System.Globalization.CultureInfo.InvariantCulture, $"and {article.Credits.Count - named:N0} more"), []));
        }

        return segments;
    }

    /// <summary>The people in the first <see cref="ListedPeople"/> credits of the article, for lists that name some of them.</summary>
    public static IEnumerable<ArticleCredit> Listed(Article article) => article.Credits.Take(ListedPeople);

    /// <summary>The byline as plain text, for lists and feeds.</summary>
    public static string? Text(IReadOnlyList<BylineSegmentView> segments) =>
        segments.Count == 0 ? null : string.Concat(segments.Select(s => s.Separator + s.Lead + (s.People.Count == 0 ? "" : " ") + string.Concat(s.People.Select(p => p.Separator + p.Name))));

    public static string Role(AuthorRole role) => role switch
    {
        AuthorRole.Interviewee => "Interviewed",
        AuthorRole.Interviewer => "Interviewer",
        AuthorRole.Editor => "Editor",
        AuthorRole.Translator => "Translator",
        _ => "Author",
    };

    /// <summary>The role under a person's name on the cards after an article.</summary>
    public static string CardRole(AuthorRole role) => role switch
    {
        AuthorRole.Interviewee => "Interviewee",
        _ => Role(role),
    };

    private static string NameSeparator(int index, int count) =>
        index == 0 ? "" : index == count - 1 ? (count > 2 ? ", and " : " and ") : ", ";
}
