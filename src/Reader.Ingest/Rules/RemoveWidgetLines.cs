using System.Text.RegularExpressions;
using Reader.Ingest.Data;
using Reader.Ingest.Text;

namespace Reader.Ingest.Rules;

/// <summary>
/// Removes lines made only of widget phrases (skip links, share and print buttons, dialog chrome,
/// language switchers, w3m form controls such as "[Subscribe]" or "Email [        ]", download links), links to other
/// articles set into the text ("Read also: …", "Czytaj też: …"), and notes "Full Text"-style pointers, which mark an abstract page.
/// </summary>
public sealed partial class RemoveWidgetLines : ICleaningRule
{
    public string Name => nameof(RemoveWidgetLines);

    public bool IsCertain => true;

    public void Apply(TextDocument document)
    {
        foreach (var i in document.KeptIndexes())
        {
            var line = document.Lines[i];
            if (Phrases.FullTextPointers.Matches(line.Content))
            {
                document.Metadata.PointsToFullText = true;
                line.Remove(Name);
            }
            else if (Phrases.WidgetLines.Composes(line.Content) || IsFormControls(line.Content) || DownloadLink().IsMatch(line.Content) || Phrases.IsReadAlsoLine(line.Content))
            {
                line.Remove(Name);
            }
        }
    }

    // w3m draws buttons and input fields in brackets; what is left around them is at most a field label.
    private static bool IsFormControls(string text)
    {
        if (!FormControl().IsMatch(text))
        {
            return false;
        }

        var rest = FormControl().Replace(text, " ").Trim();
        return rest.Length == 0 || LineShape.IsShortLabel(rest, maxWords: 4);
    }

    // "Download PDF (2.4 MB, 64 pages)", "Download the full report": a link to a file, not a sentence.
    [GeneratedRegex(@"^Download\s+(?:the\s+)?(?:full\s+)?(?:PDF|EPUB|report|paper|chapter|article)\b(?:\s*\([^)]{0,40}\))?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex DownloadLink();

    [GeneratedRegex(@"\[(?:[ _]{3,}|[^\[\]]{1,30})\]")]
    private static partial Regex FormControl();
}
