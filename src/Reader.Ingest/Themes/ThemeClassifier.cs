namespace Reader.Ingest.Themes;

/// <summary>
/// Assigns themes from keyword evidence: each keyword adds its weight per occurrence (capped, so one
/// repeated word cannot carry a theme alone), title matches count triple, and a theme needs
/// <see cref="Threshold"/> points. At most <see cref="MaxThemes"/> are assigned: a long article touches
/// most topics of a collection, and tags that name everything help no one find anything.
/// </summary>
public sealed class ThemeClassifier(IReadOnlyList<ThemeDefinition> themes)
{
    public const int Threshold = 7;
    public const int MaxThemes = 5;
    private const int MaxOccurrencesCounted = 4;
    private const int TitleFactor = 3;

    public IReadOnlyList<ThemeDefinition> Themes => themes;

    /// <summary>Every theme's score, highest first (ties by slug), marking those assigned.</summary>
    public IReadOnlyList<ThemeScore> Score(string title, string body)
    {
        var scores = new List<ThemeScore>(themes.Count);
        foreach (var theme in themes)
        {
            var score = 0;
            foreach (var keyword in theme.Keywords)
            {
                var inBody = Math.Min(keyword.Pattern.Count(body), MaxOccurrencesCounted);
                var inTitle = Math.Min(keyword.Pattern.Count(title), 1);
                score += keyword.Weight * (inBody + (TitleFactor * inTitle));
            }

            scores.Add(new ThemeScore(theme.Slug, score, Assigned: false));
        }

        return Rank(scores, new HashSet<string>(StringComparer.Ordinal));
    }

    /// <summary>
    /// Orders the scores highest first and assigns the themes at or above the threshold, at most
    /// <see cref="MaxThemes"/> of them. A theme the collection's every article reaches (<paramref name="uninformative"/>)
    /// tells a reader nothing about this one: it keeps its place when it scores, but takes none of the five from a
    /// theme that does.
    /// </summary>
    public static IReadOnlyList<ThemeScore> Rank(IEnumerable<ThemeScore> scores, IReadOnlySet<string> uninformative)
    {
        var places = 0;
        return [.. scores
            .OrderByDescending(s => s.Score).ThenBy(s => s.Slug, StringComparer.Ordinal)
            .Select(s =>
            {
                var informative = !uninformative.Contains(s.Slug);
                var assigned = s.Score >= Threshold && (!informative || places < MaxThemes);
                places += assigned && informative ? 1 : 0;
                return s with { Assigned = assigned };
            })];
    }

    public IReadOnlyList<string> Assign(string title, string body) =>
        [.. Score(title, body).Where(s => s.Assigned).Select(s => s.Slug)];
}
