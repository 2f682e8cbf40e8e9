using Reader.Ingest.Metadata;
using Reader.Ingest.Text;

namespace Reader.Ingest.Rules;

/// <summary>
/// Takes date lines above the body ("May 12, 2020", "Published: 3 Feb 2022") into metadata. Only dates
/// stated on a line of their own count: a date inside a sentence is the article's text, not its date.
/// </summary>
public sealed class ExtractDateLines : ICleaningRule
{
    public string Name => nameof(ExtractDateLines);

    public bool IsCertain => true;

    public void Apply(TextDocument document)
    {
        var firstProse = document.FirstProseIndex();
        foreach (var i in document.KeptIndexes(0, firstProse < 0 ? int.MaxValue : firstProse - 1))
        {
            if (DateParser.FromDateLine(document.Lines[i].Content, out var isUpdate) is not { } date)
            {
                continue;
            }

            document.Lines[i].Remove(Name);
            if (!isUpdate)
            {
                document.Metadata.Date ??= date;
            }
        }
    }
}
