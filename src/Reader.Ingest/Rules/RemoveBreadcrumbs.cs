using System.Text.RegularExpressions;
using Reader.Ingest.Text;

namespace Reader.Ingest.Rules;

/// <summary>
/// Removes breadcrumb trails above the body ("INTERNATIONAL > Europe & Eurasia", "Home » Analysis » Russia");
/// their parts count as navigation terms.
/// </summary>
public sealed partial class RemoveBreadcrumbs : ICleaningRule
{
    public string Name => nameof(RemoveBreadcrumbs);

    public void Apply(TextDocument document)
    {
        var firstProse = document.FirstProseIndex();
        foreach (var i in document.KeptIndexes(0, firstProse < 0 ? int.MaxValue : firstProse - 1))
        {
            var parts = Separator().Split(document.Lines[i].Content);
            if (parts.Length >= 2 && document.Lines[i].Content.Length <= 150 && parts.All(p => LineShape.IsShortLabel(p, maxWords: 5)))
            {
                document.Lines[i].Remove(Name);
                foreach (var part in parts)
                {
                    document.NavigationTerms.Add(LineShape.Normalize(part));
                }
            }
        }
    }

    [GeneratedRegex(@"\s+(?:>|›|»|→|/|\|)\s+")]
    private static partial Regex Separator();
}
