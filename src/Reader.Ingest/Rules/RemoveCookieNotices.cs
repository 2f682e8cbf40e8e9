using Reader.Ingest.Data;
using Reader.Ingest.Text;

namespace Reader.Ingest.Rules;

/// <summary>
/// Removes cookie-consent notices wherever they stand (top banner, footer, modal), with the buttons
/// and headings around them ("Accept all", "Manage preferences", "We value your privacy").
/// </summary>
public sealed class RemoveCookieNotices : ICleaningRule
{
    private const int MaxNoticeLength = 1500;
    private const int ButtonReach = 8;

    public string Name => nameof(RemoveCookieNotices);

    public void Apply(TextDocument document)
    {
        var notices = new List<TextBlock>();
        foreach (var block in document.Blocks())
        {
            if (block.Text.Length <= MaxNoticeLength && Phrases.CookiePhrases.FindIn(block.Text) is not null)
            {
                document.Remove(block, Name);
                notices.Add(block);
            }
        }

        foreach (var i in document.KeptIndexes())
        {
            var content = document.Lines[i].Content;
            var nearNotice = notices.Any(n => i >= n.Start - ButtonReach && i <= n.End + ButtonReach);

            // Next to a notice: its buttons and its heading ("Cookies on this site"); anywhere: a "Cookie settings" link.
            var isButton = Phrases.CookieButtons.Composes(content);
            var isHeading = LineShape.IsShortLabel(content) && MentionsConsent(content);
            if ((nearNotice && (isButton || isHeading)) || (isButton && MentionsConsent(content)))
            {
                document.Lines[i].Remove(Name);
            }
        }
    }

    private static bool MentionsConsent(string text) =>
        text.Contains("cookie", StringComparison.OrdinalIgnoreCase) || text.Contains("privacy", StringComparison.OrdinalIgnoreCase)
        || text.Contains("consent", StringComparison.OrdinalIgnoreCase);
}
