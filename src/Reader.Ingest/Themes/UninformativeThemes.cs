using Reader.Content;

namespace Reader.Ingest.Themes;

/// <summary>
/// Finds the themes that every article of the collection reaches, which tell a reader nothing about any one of them
/// (on this collection, "Japan–Russia relations"): says so in the report, and lets them take none of an article's
/// five places from themes that do tell something.
/// </summary>
public static class UninformativeThemes
{
    // A collection this small says nothing yet about which themes are everywhere.
    private const int MinArticles = 3;

    public static List<(string Path, ConvertedSeed? Seed)> Reassign(
        List<(string Path, ConvertedSeed? Seed)> converted, ExistingArticles existing, IngestOptions options, DiagnosticBag diagnostics)
    {
        var seeds = converted.Select(c => c.Seed).OfType<ConvertedSeed>().Where(s => s.IsArticle).ToList();
        var sources = seeds.Select(s => s.Page.Source).ToHashSet(StringComparer.Ordinal);

        // Articles this run does not write keep their themes; the seeds it converts are judged by their scores.
        var others = existing.All.Where(a => a.FrontMatter.Source is not { } source || !sources.Contains(source)).ToList();
        if (seeds.Count == 0 || seeds.Count + others.Count < MinArticles)
        {
            return converted;
        }

        var everywhere = seeds[0].ThemeScores.Select(s => s.Slug)
            .Where(theme => seeds.All(s => s.ThemeScores.Any(t => t.Slug == theme && t.Score >= ThemeClassifier.Threshold))
                && others.All(a => a.FrontMatter.Themes.Contains(theme, StringComparer.Ordinal)))
            .ToHashSet(StringComparer.Ordinal);
        foreach (var theme in everywhere.Order(StringComparer.Ordinal))
        {
            var total = seeds.Count + others.Count;
            diagnostics.Add(Diagnostic.Warning(options.Relative(Path.Combine(options.ThemesDirectory, theme + ".md")), null,
                $"every article of the collection ({total} of {total}) reaches this theme, so it tells a reader nothing about any of them; it no longer takes one of an article's {ThemeClassifier.MaxThemes} places",
                "narrow its keywords to what sets some articles apart, or remove the theme"));
        }

        if (everywhere.Count == 0)
        {
            return converted;
        }

        return [.. converted.Select(c =>
        {
            if (c.Seed is not { IsArticle: true } seed)
            {
                return c;
            }

            var scores = ThemeClassifier.Rank(seed.ThemeScores, everywhere);
            var themes = scores.Where(s => s.Assigned).Select(s => s.Slug).ToList();
            return (c.Path, (ConvertedSeed?)(seed with { ThemeScores = scores, FrontMatter = seed.FrontMatter with { Themes = themes } }));
        })];
    }
}
