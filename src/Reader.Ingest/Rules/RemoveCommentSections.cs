using System.Text.RegularExpressions;
using Reader.Ingest.Metadata;
using Reader.Ingest.Text;

namespace Reader.Ingest.Rules;

/// <summary>
/// Ends the article where its comments begin: at a counted heading ("3 Responses to …", "12 Comments", "2 thoughts on
/// …") or, without one, at the first of two or more "Name says:" lines that open comments. Comments are prose, so
/// without this they would read as the article's last paragraphs.
/// </summary>
public sealed partial class RemoveCommentSections : ICleaningRule
{
    private const int MaxHeadingWords = 14;
    private const int MinAuthorLines = 2;

    public string Name => nameof(RemoveCommentSections);

    public void Apply(TextDocument document)
    {
        var firstProse = document.FirstProseIndex();
        if (firstProse < 0)
        {
            return;
        }

        var after = document.KeptIndexes(firstProse + 1).ToList();
        var heading = after.FirstOrDefault(i => IsCountedHeading(document.Lines[i].Content), -1);
        var authors = after.Where(i => IsCommentAuthor(document.Lines[i].Content)).ToList();
        var start = heading >= 0 ? heading : authors.Count >= MinAuthorLines ? authors[0] : -1;
        if (start >= 0)
        {
            document.Remove(start, document.Lines.Count - 1, Name);
        }
    }

    public static bool IsCountedHeading(string text) =>
        LineShape.WordCount(text) <= MaxHeadingWords && !LineShape.EndsSentence(text) && CountedHeading().IsMatch(text);

    // "Margaret says:" or "Margaret says: November 20, 2022 at 9:10 pm", never "Smith says that …".
    public static bool IsCommentAuthor(string text)
    {
        var match = AuthorLine().Match(text);
        return match.Success && (match.Groups["rest"].Value.Trim().Length == 0 || DateParser.FindIn(match.Groups["rest"].Value) is not null);
    }

    [GeneratedRegex(@"^(?:\d+|no|one|two|three|four|five|six|seven|eight|nine|ten)\s+(?:comments?|responses?|replies|thoughts?|reactions?)\b", RegexOptions.IgnoreCase)]
    private static partial Regex CountedHeading();

    [GeneratedRegex(@"^\p{L}[\p{L}.'’ -]{0,40}?\s+says\s*:(?<rest>.*)$")]
    private static partial Regex AuthorLine();
}
