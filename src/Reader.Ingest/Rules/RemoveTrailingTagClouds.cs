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
                || (label.Success && Phrases.TagLabels.Matches(label.Groups["label"].Value))
                || Phrases.TagLabels.Matches(content))
            {
                document.Lines[i].Remove(Name);
            }
        }
    }

    [GeneratedRegex(@"^(?<label>[^:]{3,20}):\s*\S")]
    private static partial Regex TagLabel();
}
