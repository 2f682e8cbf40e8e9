using Reader.Ingest.Text;

namespace Reader.Ingest.Rules;

/// <summary>
/// Removes menus: runs of bulleted short labels that are long (8+ entries) or nested, or that stand above
/// the body. Their entries are remembered so section labels and category lines repeating them are known as chrome.
/// Short runs below the body are left to <see cref="ExtractAuthorBox"/> and <see cref="RemoveTrailingTagClouds"/>.
/// </summary>
public sealed class RemoveNavigationMenus : ICleaningRule
{
    private const int LongMenu = 8;
    private const int ShortMenu = 4;

    public string Name => nameof(RemoveNavigationMenus);

    public void Apply(TextDocument document)
    {
        var firstProse = document.FirstProseIndex();
        foreach (var run in BulletRun.Find(document))
        {
            var items = run.Items(document);
            var labels = items.Count(t => LineShape.IsShortLabel(t));
            var nested = run.Indexes.Select(i => document.Lines[i].Indent).Distinct().Count() > 1;
            var aboveBody = firstProse < 0 || run.Start < firstProse;
            var isMenu = labels >= 0.75 * items.Count
                && (items.Count >= LongMenu || (nested && items.Count >= ShortMenu) || (aboveBody && items.Count >= ShortMenu));
            if (!isMenu)
            {
                continue;
            }

            foreach (var item in items)
            {
                document.NavigationTerms.Add(LineShape.Normalize(item));
            }

            foreach (var i in run.Indexes)
            {
                document.Lines[i].Remove(Name);
            }
        }
    }
}
