using Reader.Ingest.Data;
using Reader.Ingest.Text;

namespace Reader.Ingest.Rules;

/// <summary>
/// Removes link lists introduced by a heading such as "Additional links:" or "See also": the heading and
/// the bullets under it ("Profile for … available here.", "visit the program page.") point elsewhere.
/// </summary>
public sealed class RemoveLinkLists : ICleaningRule
{
    public string Name => nameof(RemoveLinkLists);

    public void Apply(TextDocument document)
    {
        foreach (var i in document.KeptIndexes().ToList())
        {
            var line = document.Lines[i];
            if (!line.IsKept || line.IsBullet || !Phrases.LinkListHeadings.Matches(line.Content))
            {
                continue;
            }

            var run = BulletRun.Find(document, i + 1).FirstOrDefault();
            var next = document.KeptIndexes(i + 1).FirstOrDefault(-1);
            if (run is not null && run.Start == next)
            {
                line.Remove(Name);
                foreach (var item in run.Indexes)
                {
                    document.Lines[item].Remove(Name);
                }
            }
        }
    }
}
