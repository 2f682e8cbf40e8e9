using System.Text.RegularExpressions;

namespace Reader.Ingest.Markdown;

/// <summary>
/// Mends what a dump does to punctuation: a link or emphasis followed by a full stop or comma comes out as
/// "Valdai Discussion Club ." — no language sets a space before those two, so it goes. (French sets one before
/// "; : ! ?", which stays.)
/// </summary>
public static partial class Typography
{
    public static string TightenPunctuation(string text) => SpaceBeforeStop().Replace(text, "");

    [GeneratedRegex(@"(?<=[\p{L}\p{N}”’»)\]])[ \u00A0]+(?=[.,](?:\s|$))")]
    private static partial Regex SpaceBeforeStop();
}
