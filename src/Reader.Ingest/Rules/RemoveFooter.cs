using System.Text.RegularExpressions;
using Reader.Ingest.Data;
using Reader.Ingest.Text;

namespace Reader.Ingest.Rules;

/// <summary>
/// Removes copyright lines wherever they are, and everything from a footer marker ("Footer", "Site map")
/// that follows the body to the end of the page.
/// </summary>
public sealed partial class RemoveFooter : ICleaningRule
{
    public string Name => nameof(RemoveFooter);

    public void Apply(TextDocument document)
    {
        var lastProse = document.LastProseIndex();
        foreach (var i in document.KeptIndexes().ToList())
        {
            var line = document.Lines[i];
            if (!line.IsKept)
            {
                continue;
            }

            if (i > lastProse && !line.IsBullet && Phrases.FooterMarkers.Matches(line.Content))
            {
                document.Remove(i, document.Lines.Count - 1, Name);
                return;
            }

            if (line.Content.Length < 200 && CopyrightLine().IsMatch(line.Content))
            {
                line.Remove(Name);
            }
        }
    }

    [GeneratedRegex(@"^(?:Copyright\b|©|\(c\)\s*\d{4})|all rights reserved", RegexOptions.IgnoreCase)]
    private static partial Regex CopyrightLine();
}
