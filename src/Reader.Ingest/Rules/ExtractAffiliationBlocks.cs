using System.Text.RegularExpressions;
using Reader.Content;
using Reader.Ingest.Metadata;
using Reader.Ingest.Text;

namespace Reader.Ingest.Rules;

/// <summary>
/// Reads author lists laid out as "Name / Affiliation: / Institution" (or "Name / Affiliation: Institution")
/// above the body, as publishers' platforms print them.
/// </summary>
public sealed partial class ExtractAffiliationBlocks : ICleaningRule
{
    public string Name => nameof(ExtractAffiliationBlocks);

    public bool IsCertain => true;

    public void Apply(TextDocument document)
    {
        var firstProse = document.FirstProseIndex();
        var kept = document.KeptIndexes(0, firstProse < 0 ? int.MaxValue : firstProse - 1).ToList();
        for (var k = 0; k + 1 < kept.Count; k++)
        {
            var name = AuthorNameParser.StripHonorifics(document.Lines[kept[k]].Content);
            var label = AffiliationLabel().Match(document.Lines[kept[k + 1]].Content);
            if (!label.Success || !AuthorNameParser.LooksLikePersonName(name))
            {
                continue;
            }

            var affiliation = label.Groups["value"].Value.Trim();
            var last = k + 1;
            if (affiliation.Length == 0 && k + 2 < kept.Count)
            {
                affiliation = document.Lines[kept[k + 2]].Content;
                last = k + 2;
            }

            document.Metadata.AddAuthor(name, AuthorRole.Author, affiliation.Length > 0 ? affiliation : null);
            document.Remove(kept[k], kept[last], Name);
            k = last;
        }
    }

    [GeneratedRegex(@"^Affiliations?\s*:\s*(?<value>.*)$", RegexOptions.IgnoreCase)]
    private static partial Regex AffiliationLabel();
}
