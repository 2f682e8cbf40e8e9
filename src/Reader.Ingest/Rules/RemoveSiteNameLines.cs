using Reader.Ingest.Metadata;
using Reader.Ingest.Text;

namespace Reader.Ingest.Rules;

/// <summary>Finds the site's name (see <see cref="SiteNameFinder"/>) and removes the lines that only repeat it.</summary>
public sealed class RemoveSiteNameLines : ICleaningRule
{
    public string Name => nameof(RemoveSiteNameLines);

    public void Apply(TextDocument document)
    {
        var site = SiteNameFinder.Find(document);
        document.Metadata.SiteName = site;
        if (site is null)
        {
            return;
        }

        foreach (var i in document.KeptIndexes())
        {
            if (SiteNameFinder.SameName(document.Lines[i].Content, site))
            {
                document.Lines[i].Remove(Name);
            }
        }
    }
}
