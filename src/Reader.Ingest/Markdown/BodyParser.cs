using Reader.Ingest.Metadata;
using Reader.Ingest.Text;

namespace Reader.Ingest.Markdown;

/// <summary>
/// Groups the kept lines of a cleaned document into body blocks: hard-wrapped lines join into paragraphs,
/// bullets into lists, short unpunctuated lines become headings, separator rows become breaks.
/// </summary>
public static class BodyParser
{
    // A group of lines this short, none ending a sentence, is an outline of headings, not a wrapped paragraph.
    private const int OutlineLineLength = 60;
    private const int MaxQuestionLength = 500;

    public static IReadOnlyList<BodyBlock> Parse(TextDocument document, bool isInterview)
    {
        var blocks = new List<BodyBlock>();
        var text = new List<TextLine>();
        var items = new List<string>();
        TextLine? lastBullet = null;
        int? firstNumber = null;
        var previous = -1;

        foreach (var i in document.KeptIndexes(document.TitleIndex + 1))
        {
            var line = document.Lines[i];
            var adjacent = previous == i - 1;
            if (line.IsSeparator)
            {
                FlushText();
                FlushList();
                blocks.Add(new BodyBlock(BodyBlockKind.Break, "", [], null));
            }
            else if (line.IsBullet)
            {
                FlushText();
                if (items.Count == 0)
                {
                    firstNumber = int.TryParse(line.Bullet!.TrimEnd('.', ')'), out var number) ? number : null;
                }

                items.Add(line.Content);
                lastBullet = line;
            }
            else if (lastBullet is not null && items.Count > 0 && adjacent && text.Count == 0 && line.Indent > lastBullet.Indent)
            {
                items[^1] += " " + line.Content;
            }
            else
            {
                FlushList();
                if (!adjacent)
                {
                    FlushText();
                }

                text.Add(line);
            }

            previous = i;
        }

        FlushText();
        FlushList();
        return blocks;

        void FlushList()
        {
            if (items.Count > 0)
            {
                blocks.Add(new BodyBlock(BodyBlockKind.List, "", [.. items], LanguageDetector.Detect(string.Join(' ', items)), firstNumber));
                items.Clear();
            }

            lastBullet = null;
        }

        void FlushText()
        {
            if (text.Count == 0)
            {
                return;
            }

            var isOutline = text.Count > 1 && text.All(l => l.Content.Length <= OutlineLineLength && LineShape.IsHeadingShaped(l.Content));
            var pieces = isOutline ? text.Select(l => l.Content) : [Typography.TightenPunctuation(string.Join(' ', text.Select(l => l.Content)))];
            blocks.AddRange(pieces.Select(p => Classify(p, isInterview)));
            text.Clear();
        }
    }

    private static BodyBlock Classify(string text, bool isInterview)
    {
        var kind = LineShape.IsHeadingShaped(text) ? BodyBlockKind.Heading
            : isInterview && LineShape.LastSignificant(text) == '?' && text.Length <= MaxQuestionLength ? BodyBlockKind.Question
            : BodyBlockKind.Paragraph;
        return new BodyBlock(kind, text, [], LanguageDetector.Detect(text));
    }
}
