using Reader.Ingest.Metadata;
using Reader.Ingest.Text;

namespace Reader.Ingest.Rules;

/// <summary>
/// Removes what is still kept above the article's first paragraph: kickers, standfirsts above the byline, bylines and
/// dates no rule could read, "Download PDF", follow buttons. Only what leads straight into the first paragraph stays:
/// short sentences and breaks right above it and, above them, one heading or question ("Summary", "How has … changed?").
/// A removed line in between (a byline, a date) ends the lead: a standfirst above the byline is not the article's text.
/// </summary>
public sealed class RemoveHeaderBeforeBody : ICleaningRule
{
    private const int MinSentenceWords = 3;

    public string Name => nameof(RemoveHeaderBeforeBody);

    public void Apply(TextDocument document)
    {
        var blocks = document.Blocks();
        var first = blocks.ToList().FindIndex(b => b.IsProse);
        if (first < 0)
        {
            return;
        }

        var bodyStart = document.FirstProseIndex();
        var keepFrom = bodyStart;

        // Short lines glued on top of the first paragraph: one of them may be its heading.
        if (bodyStart - blocks[first].Start == 1 && IsHeading(document.Lines[blocks[first].Start].Content))
        {
            keepFrom = blocks[first].Start;
        }

        var headingTaken = keepFrom < bodyStart;
        for (var b = first - 1; b >= 0 && keepFrom == blocks[b + 1].Start && !headingTaken; b--)
        {
            var block = blocks[b];
            if (!OnlyBlankBetween(document, block.End, keepFrom))
            {
                break;
            }

            if (IsLeadSentence(block) || block.Lines[0].IsSeparator)
            {
                keepFrom = block.Start;
            }
            else if (block.Lines.Count == 1 && IsHeading(block.Text))
            {
                keepFrom = block.Start;
                headingTaken = true;
            }
        }

        document.Remove(0, keepFrom - 1, Name);
    }

    private static bool IsLeadSentence(TextBlock block) =>
        !block.StartsWithBullet && LineShape.EndsSentence(block.Text) && LineShape.WordCount(block.Text) >= MinSentenceWords;

    private static bool IsHeading(string text) =>
        (LineShape.IsHeadingShaped(text) || (text.EndsWith('?') && LineShape.WordCount(text) >= MinSentenceWords)) && DateParser.FindIn(text) is null;

    private static bool OnlyBlankBetween(TextDocument document, int from, int to)
    {
        for (var i = from + 1; i < to; i++)
        {
            if (!document.Lines[i].IsBlank)
            {
                return false;
            }
        }

        return true;
    }
}
