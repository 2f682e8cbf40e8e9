using Reader.Ingest.Data;
using Reader.Ingest.Text;

namespace Reader.Ingest.Rules;

/// <summary>
/// Removes cookie-consent notices wherever they stand (top banner, footer, modal), with the buttons
/// and headings around them ("Accept all", "Manage preferences", "We value your privacy"). A notice is known by a
/// phrase of <c>cookie-phrases.txt</c> or, in a short paragraph, by the density of consent vocabulary.
/// </summary>
public sealed class RemoveCookieNotices : ICleaningRule
{
    private const int MaxNoticeLength = 1500;
    private const int ButtonReach = 8;

    // Banners that name no known phrase are recognised by their vocabulary: short, and a quarter of their words consent talk.
    private const int MaxVocabularyNoticeLength = 600;
    private const double MinConsentDensity = 0.25;
    private const int MinConsentWords = 4;

    public string Name => nameof(RemoveCookieNotices);

    public bool IsCertain => true;

    public void Apply(TextDocument document)
    {
        var notices = new List<TextBlock>();
        foreach (var block in document.Blocks())
        {
            if (IsNotice(block.Text))
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

    private static bool IsNotice(string text) =>
        (text.Length <= MaxNoticeLength && Phrases.CookiePhrases.FindIn(text) is not null)
        || (text.Length <= MaxVocabularyNoticeLength && Phrases.CookieVocabulary.Density(text) >= MinConsentDensity
            && Phrases.CookieVocabulary.Hits(text) >= MinConsentWords);

    private static bool MentionsConsent(string text) =>
        text.Contains("cookie", StringComparison.OrdinalIgnoreCase) || text.Contains("privacy", StringComparison.OrdinalIgnoreCase)
        || text.Contains("consent", StringComparison.OrdinalIgnoreCase);
}
