using Reader.Ingest.Text;

namespace Reader.Ingest.Rules;

/// <summary>
/// Removes lists of other articles under the body that no known heading announced ("Popular", "More research",
/// "Keep reading" in a language the data files lack): a heading, then a run of two or more bullets, every one a title
/// (a short line that does not end like a sentence), with no paragraph after it. Earlier copies of the heading go too.
/// Lists inside the body are followed by prose, and a closing list without a heading may be the article's: both stay.
/// </summary>
public sealed class RemoveTrailingLinkLists : ICleaningRule
{
    private const int MinItems = 2;
    private const int MaxTitleWords = 14;
    private const int MaxTitleLength = 120;

    public string Name => nameof(RemoveTrailingLinkLists);

    public void Apply(TextDocument document)
    {
        var lastProse = document.LastProseIndex();
        foreach (var run in BulletRun.Find(document, lastProse + 1))
        {
            var items = run.Items(document);
            var heading = document.KeptIndexes(lastProse + 1, run.Start - 1).LastOrDefault(-1);
            if (items.Count < MinItems || !items.All(IsTitle) || heading < 0 || !IsHeading(document, heading, run.Start))
            {
                continue;
            }

            foreach (var i in run.Indexes)
            {
                document.Lines[i].Remove(Name);
            }

            var text = LineShape.Normalize(document.Lines[heading].Content);
            foreach (var i in document.KeptIndexes(lastProse + 1, heading).Where(i => LineShape.Normalize(document.Lines[i].Content) == text).ToList())
            {
                document.Lines[i].Remove(Name);
            }
        }
    }

    private static bool IsTitle(string text) =>
        text.Length <= MaxTitleLength && LineShape.WordCount(text) <= MaxTitleWords && !LineShape.EndsSentence(text);

    // A list with no heading over it may be the article's own closing list ("• The first highlight of the paper").
    private static bool IsHeading(TextDocument document, int index, int runStart)
    {
        for (var i = index + 1; i < runStart; i++)
        {
            if (!document.Lines[i].IsBlank)
            {
                return false;
            }
        }

        return !document.Lines[index].IsBullet && LineShape.IsHeadingShaped(document.Lines[index].Content);
    }
}
