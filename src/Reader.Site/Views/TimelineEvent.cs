using Reader.Content;
using Reader.Site.Model;

namespace Reader.Site.Views;

/// <summary>
/// One dated event of the collection: an article's publication, or a sentence of an article that states a date.
/// </summary>
/// <param name="DateText">The date as shown: "2016", "May 2018", "12 May 2020", "2019–2020".</param>
/// <param name="PassageId">The paragraph the sentence is in; null for a publication.</param>
/// <param name="Text">The sentence; the article's title for a publication.</param>
/// <param name="PeopleKeys">The people of <c>input/people/</c> the sentence names (for a publication, those credited).</param>
public sealed record TimelineEvent(PartialDate Date, string DateText, Article Article, string? PassageId, string Text, IReadOnlyList<string> PeopleKeys)
{
    public bool IsPublication => PassageId is null;
}
