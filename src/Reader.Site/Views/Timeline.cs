using Reader.Content;
using Reader.Site.Model;

namespace Reader.Site.Views;

/// <summary>
/// The collection's dated events in order: each dated article's publication and every sentence that states a date
/// (<see cref="Text.DatePhrases"/>). A year-only date sorts as the year, before the year's months, and a month-only
/// date before the month's days; on one date, sentences come before publications, then the site's article order.
/// </summary>
public static class Timeline
{
    public static IReadOnlyList<TimelineEvent> Events(ViewContext context)
    {
        var events = new List<(TimelineEvent Event, int Article, int Order, int? EndYear)>();
        foreach (var (i, article) in context.Model.Articles.Index())
        {
            if (article.Date is { } published)
            {
                var credited = article.Credits.Select(c => context.PersonOf(c.Person)?.Key).OfType<string>().Distinct().Order(StringComparer.Ordinal).ToList();
                events.Add((new TimelineEvent(PartialDate.Of(published), context.Words.Date(published), article, null, article.Title, credited), i, int.MaxValue, null));
            }

            foreach (var (j, dated) in context.Text(article).Events.Index())
            {
                events.Add((new TimelineEvent(dated.Date.Date, dated.Date.Text, article, dated.PassageId, dated.Sentence, dated.PersonKeys), i, j, dated.Date.EndYear));
            }
        }

        return
        [
            .. events
                .OrderBy(e => e.Event.Date)
                .ThenBy(e => e.EndYear ?? 0)
                .ThenBy(e => e.Event.IsPublication)
                .ThenBy(e => e.Article)
                .ThenBy(e => e.Order)
                .Select(e => e.Event),
        ];
    }
}
