using System.Text.RegularExpressions;
using Reader.Ingest.Data;
using Reader.Ingest.Text;

namespace Reader.Ingest.Rules;

/// <summary>
/// Removes what category and tag links leave below the body: runs of bullets of one to three words
/// ("• Ambassador • Ukraine • COVID-19"), lines made only of menu entries ("General Affairs and
/// Networking Program Northeast Asia"), and labelled tag lines ("Tags: Japan, Russia").
/// </summary>
public sealed partial class RemoveTrailingTagClouds : ICleaningRule
{
    private const int TagWords = 3;
    private const int MaxTagLineLength = 120;

    public string Name => nameof(RemoveTrailingTagClouds);

    public void Apply(TextDocument document)
    {
        var lastProse = document.LastProseIndex();
        foreach (var run in BulletRun.Find(document, lastProse + 1))
        {
            if (run.Items(document).All(t => LineShape.IsShortLabel(t, TagWords)))
            {
                foreach (var i in run.Indexes)
                {
                    document.Lines[i].Remove(Name);
                }
            }
        }

        foreach (var i in document.KeptIndexes(lastProse + 1))
        {
            var content = document.Lines[i].Content;
            var label = TagLabel().Match(content);
            if (PhraseList.IsComposedOf(LineShape.Normalize(content), document.NavigationTerms)
                || (label.Success && Phrases.TagLabels.Matches(label.Groups["label"].Value)))
            {
                document.Lines[i].Remove(Name);
            }
            else if (Phrases.TagLabels.Matches(content))
            {
                document.Lines[i].Remove(Name);
                RemoveTagsUnderLabel(document, i);
            }
        }
    }

    // A label on a line of its own ("Tags" / "Nile" / "Ethiopia"): the short lines under it, up to the next blank line,
    // or the one short line after a blank line ("Keywords" / "" / "Russia, Japan, energy").
    private void RemoveTagsUnderLabel(TextDocument document, int label)
    {
        var next = label + 1;
        if (next < document.Lines.Count && document.Lines[next].IsBlank)
        {
            var after = document.KeptIndexes(next).FirstOrDefault(-1);
            var single = after >= 0 && (after + 1 >= document.Lines.Count || document.Lines[after + 1].IsBlank);
            if (single && IsTagLine(document.Lines[after].Content))
            {
                document.Lines[after].Remove(Name);
            }

            return;
        }

        for (var i = next; i < document.Lines.Count && document.Lines[i].IsKept && !document.Lines[i].IsBlank && IsTagLine(document.Lines[i].Content); i++)
        {
            document.Lines[i].Remove(Name);
        }
    }

    private static bool IsTagLine(string text) => text.Length <= MaxTagLineLength && !LineShape.EndsSentence(text);

    [GeneratedRegex(@"^(?<label>[^:]{3,20}):\s*\S")]
    private static partial Regex TagLabel();
}
