namespace Reader.Site.Text;

/// <summary>A sentence of a body that states a date: an event of the timeline.</summary>
/// <param name="PersonKeys">The people (of <c>input/people/</c>) the sentence names, for the timeline's filter.</param>
public sealed record DatedPassage(StatedDate Date, string PassageId, string Sentence, IReadOnlyList<string> PersonKeys);
