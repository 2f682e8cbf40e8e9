using System.Text.RegularExpressions;
using Reader.Ingest.Text;

namespace Reader.Ingest.Rules;

/// <summary>
/// Removes "Save book to Kindle / Dropbox / Google Drive" dialogs: the heading, its instructions and
/// its chrome, up to the dialog's close button.
/// </summary>
public sealed partial class RemoveSaveToServiceDialogs : ICleaningRule
{
    private const int MaxDialogLines = 12;

    public string Name => nameof(RemoveSaveToServiceDialogs);

    public bool IsCertain => true;

    public void Apply(TextDocument document)
    {
        foreach (var start in document.KeptIndexes().ToList())
        {
            var heading = SaveToHeading().Match(document.Lines[start].Content);
            if (!heading.Success || !document.Lines[start].IsKept)
            {
                continue;
            }

            var service = heading.Groups["service"].Value;
            // Removed lines count too: the widget rule may already have taken the close button itself.
            var following = Enumerable.Range(start, document.Lines.Count - start).Where(i => !document.Lines[i].IsBlank).Take(MaxDialogLines + 1).ToList();
            var close = following.FindIndex(i => IsCloseButton(document.Lines[i].Content));
            if (close >= 0)
            {
                document.Remove(start, following[close], Name);
                continue;
            }

            // No close button: take the heading and the paragraphs that talk about the service.
            document.Lines[start].Remove(Name);
            foreach (var block in document.Blocks(start + 1).TakeWhile(b => b.Text.Contains(service, StringComparison.OrdinalIgnoreCase)))
            {
                document.Remove(block, Name);
            }
        }
    }

    private static bool IsCloseButton(string text) => text is "×" or "✕" or "X" or "Close" or "Cancel";

    [GeneratedRegex(@"^Save\s+(?:(?:this\s+)?(?:book|article|chapter|content|item|pdf|citation|page)s?\s+)?to\s+(?<service>[A-Z][\w ]{1,30})$")]
    private static partial Regex SaveToHeading();
}
