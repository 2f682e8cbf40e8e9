using Reader.Ingest.Data;
using Reader.Ingest.Text;

namespace Reader.Ingest.Rules;

/// <summary>
/// Ends the article at the heading of a list of other articles ("Related Articles", "Latest News",
/// "Comments"): everything below it goes, teaser paragraphs included, since they are other articles' prose.
/// A list heading above the body only takes its own list with it.
/// </summary>
public sealed class RemoveRelatedLists : ICleaningRule
{
    public string Name => nameof(RemoveRelatedLists);

    public void Apply(TextDocument document)
    {
        var firstProse = document.FirstProseIndex();
        foreach (var i in document.KeptIndexes().ToList())
        {
            var line = document.Lines[i];
            if (!line.IsKept || line.IsBullet || !IsRelatedHeading(line.Content))
            {
                continue;
            }

            if (firstProse >= 0 && i > firstProse)
            {
                document.Remove(i, document.Lines.Count - 1, Name);
                return;
            }

            line.Remove(Name);
            foreach (var next in document.KeptIndexes(i + 1).TakeWhile(n => document.Lines[n].IsBullet))
            {
                document.Lines[next].Remove(Name);
            }
        }
    }

    private static bool IsRelatedHeading(string text) =>
        Phrases.RelatedHeadings.Matches(text)
        || (LineShape.IsShortLabel(text) && Phrases.RelatedHeadingPrefixes.Prefixes(text));
}
