using Reader.Ingest.Data;

namespace Reader.Ingest.Html;

/// <summary>
/// Text the phrase lists recognise for certain, in HTML as in text dumps: a block made only of widget phrases
/// ("Share", "Teilen", "Print this page"), a link to another article set into the text ("Lesen Sie auch: …"), or a
/// short one holding a known prompt ("Sign up for our newsletter",
/// "you have reached your limit of free articles") or a cookie notice. The classifier never keeps such a block.
/// </summary>
public static class KnownChrome
{
    // Longer text is article text even when it quotes one of the phrases, as RemoveBoilerplateParagraphs judges.
    private const int MaxPromptLength = 700;

    public static bool Matches(string text) =>
        Phrases.WidgetLines.Composes(text) || Phrases.IsReadAlsoLine(text)
        || (text.Length <= MaxPromptLength && (Phrases.BoilerplateParagraphs.FindIn(text) is not null || Phrases.CookiePhrases.FindIn(text) is not null));
}
