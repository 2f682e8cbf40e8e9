using Reader.Ingest.Data;
using Reader.Ingest.Text;

namespace Reader.Ingest.Rules;

/// <summary>
/// Removes short paragraphs that carry known site chrome: access and log-in prompts, newsletter
/// sign-ups, contact widgets and platform disclaimers.
/// </summary>
public sealed class RemoveBoilerplateParagraphs : ICleaningRule
{
    // Long paragraphs are article text even when they happen to quote one of the phrases.
    private const int MaxLength = 700;

    public string Name => nameof(RemoveBoilerplateParagraphs);

    public bool IsCertain => true;

    public void Apply(TextDocument document)
    {
        foreach (var block in document.Blocks())
        {
            if (block.Text.Length <= MaxLength && Phrases.BoilerplateParagraphs.FindIn(block.Text) is { } phrase)
            {
                var start = StartOfPhrase(block, phrase);
                document.Remove(start, block.End, Name);
                RemoveHeadingAbove(document, start);
            }
        }
    }

    // The box's own heading ("Get our weekly briefing") stands alone right above the prompt, a blank line between.
    private void RemoveHeadingAbove(TextDocument document, int start)
    {
        var above = start - 1;
        while (above >= 0 && document.Lines[above].IsBlank && start - above <= 2)
        {
            above--;
        }

        var heading = above >= 0 ? document.Lines[above] : null;
        var standsAlone = above == 0 || (above > 0 && document.Lines[above - 1].IsBlank);
        if (heading is { IsKept: true, IsBullet: false } && above < start - 1 && standsAlone && LineShape.IsShortLabel(heading.Content))
        {
            heading.Remove(Name);
        }
    }

    // A dump may glue a one-line prompt to the paragraph above it ("… rarely the point." / "Bookmark the permalink."):
    // the prompt starts at the sentence holding the phrase, and the whole sentences above it stay.
    private static int StartOfPhrase(TextBlock block, string phrase)
    {
        var first = 0;
        for (var k = block.Lines.Count - 1; k >= 0; k--)
        {
            var tail = string.Join(' ', block.Lines.Skip(k).Select(l => l.Content));
            if (LineShape.Normalize(tail).Contains(phrase, StringComparison.Ordinal))
            {
                first = k;
                break;
            }
        }

        while (first > 0 && !LineShape.EndsSentence(block.Lines[first - 1].Content))
        {
            first--;
        }

        return block.Start + first;
    }
}
