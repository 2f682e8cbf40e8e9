using Reader.Ingest.Metadata;
using Reader.Ingest.Text;

namespace Reader.Ingest.Rules;

/// <summary>
/// Takes the title, and a subtitle directly under it, from the lines above the body: the first plain line
/// that is not a menu entry, section label, the site's name or a date (those rules have run by now).
/// </summary>
public sealed class ExtractTitle : ICleaningRule
{
    public string Name => nameof(ExtractTitle);

    public bool IsCertain => true;

    public void Apply(TextDocument document)
    {
        var firstProse = document.FirstProseIndex();
        var zone = document.KeptIndexes(0, firstProse < 0 ? int.MaxValue : firstProse - 1).ToList();
        var site = document.Metadata.SiteName;
        var position = zone.FindIndex(i => IsCandidate(document, i, site));
        if (position < 0)
        {
            return;
        }

        var titleIndex = zone[position];
        document.TitleIndex = titleIndex;
        document.Metadata.Title = TitleFinder.StripNumbering(document.Lines[titleIndex].Content);
        document.Lines[titleIndex].Remove(Name);

        if (position + 1 < zone.Count && zone[position + 1] is var next && IsCandidate(document, next, site)
            && LineShape.IsHeadingShaped(document.Lines[next].Content) && StandsAlone(document, next))
        {
            document.Metadata.Subtitle = document.Lines[next].Content;
            document.Lines[next].Remove(Name);
        }
    }

    // A subtitle is a block of its own; a short line glued to the next one is the start of a wrapped paragraph.
    private static bool StandsAlone(TextDocument document, int index) =>
        index + 1 >= document.Lines.Count || document.Lines[index + 1].IsBlank || !document.Lines[index + 1].IsKept;

    private static bool IsCandidate(TextDocument document, int index, string? site)
    {
        var line = document.Lines[index];
        return !line.IsBullet && !line.IsSeparator && TitleFinder.IsCandidate(line.Content, site, document.NavigationTerms);
    }
}
