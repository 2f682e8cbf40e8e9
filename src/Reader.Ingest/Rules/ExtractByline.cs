using System.Text.RegularExpressions;
using Reader.Content;
using Reader.Ingest.Metadata;
using Reader.Ingest.Text;

namespace Reader.Ingest.Rules;

/// <summary>
/// Takes byline lines above the body ("By A, research fellow at X", "Posted on 3 May 2021 by A",
/// "Interviewed by A") into the author list; job titles go to the bios, institutions to affiliations.
/// </summary>
public sealed partial class ExtractByline : ICleaningRule
{
    private const int MaxBylineLength = 200;

    public string Name => nameof(ExtractByline);

    public bool IsCertain => true;

    public void Apply(TextDocument document)
    {
        var firstProse = document.FirstProseIndex();
        foreach (var i in document.KeptIndexes(0, firstProse < 0 ? int.MaxValue : firstProse - 1))
        {
            var content = document.Lines[i].Content;
            if (content.Length > MaxBylineLength || BylineParser.ParseBy(content) is not { Count: > 0 } credits)
            {
                continue;
            }

            var role = InterviewerLabel().IsMatch(content) ? AuthorRole.Interviewer : AuthorRole.Author;
            foreach (var credit in credits)
            {
                document.Metadata.AddAuthor(credit.Name, role, credit.Affiliation, credit.Title);
            }

            document.Metadata.Date ??= DateParser.FindIn(content);
            document.Lines[i].Remove(Name);
        }
    }

    [GeneratedRegex(@"^Interview(?:ed)?\s+by\b", RegexOptions.IgnoreCase)]
    private static partial Regex InterviewerLabel();
}
