using System.Text.RegularExpressions;
using Reader.Ingest.Data;
using Reader.Ingest.Text;

namespace Reader.Ingest.Rules;

/// <summary>
/// Removes copyright lines and lines of footer links wherever they are, and everything from a footer marker
/// ("Footer", "Site map"), a copyright line or a line of footer links that follows the body to the end of the page.
/// </summary>
public sealed partial class RemoveFooter : ICleaningRule
{
    private const int MaxFooterLineLength = 200;
    private const int MinLinkWordsAnywhere = 3;

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

            var copyright = line.Content.Length < MaxFooterLineLength && CopyrightLine().IsMatch(line.Content);
            var links = IsFooterLinks(line.Content);
            if (i > lastProse && !line.IsBullet && (copyright || links || Phrases.FooterMarkers.Matches(line.Content)))
            {
                document.Remove(i, document.Lines.Count - 1, Name);
                return;
            }

            if (copyright || (links && LineShape.WordCount(line.Content) >= MinLinkWordsAnywhere))
            {
                line.Remove(Name);
            }
        }
    }

    // "About us Contact Privacy policy Terms of use"; a single "Contact" is a footer line only below the body.
    private static bool IsFooterLinks(string text) => text.Length < MaxFooterLineLength && Phrases.FooterLinks.Composes(text);

    [GeneratedRegex(@"^(?:Copyright\b|\(c\)\s*\d{4})|©|all rights reserved", RegexOptions.IgnoreCase)]
    private static partial Regex CopyrightLine();
}
