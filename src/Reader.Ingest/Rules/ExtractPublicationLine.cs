using System.Text.RegularExpressions;
using Reader.Ingest.Metadata;
using Reader.Ingest.Text;

namespace Reader.Ingest.Rules;

/// <summary>
/// Reads "Published online by Cambridge University Press: 26 March 2024": the platform that published
/// the page and the date it did.
/// </summary>
public sealed partial class ExtractPublicationLine : ICleaningRule
{
    public string Name => nameof(ExtractPublicationLine);

    public bool IsCertain => true;

    public void Apply(TextDocument document)
    {
        foreach (var i in document.KeptIndexes())
        {
            var match = PublishedBy().Match(document.Lines[i].Content);
            if (!match.Success || DateParser.FindIn(match.Groups["date"].Value) is not { } date)
            {
                continue;
            }

            document.Lines[i].Remove(Name);
            document.Metadata.Publisher ??= match.Groups["publisher"].Value.Trim();
            document.Metadata.Date ??= date;
        }
    }

    [GeneratedRegex(@"^(?:First\s+)?Published(?:\s+online)?\s+by\s+(?<publisher>[^:]{3,80}?)\s*:\s*(?<date>.+)$", RegexOptions.IgnoreCase)]
    private static partial Regex PublishedBy();
}
