namespace Reader.Site.Model;

/// <summary>
/// Ranks, for each article, the others that share its themes, its people and its distinctive words.
/// Candidates come from inverted indexes (theme → articles, person → articles, word → articles), so an
/// article is only ever compared with those it shares something with, never with every other one.
/// </summary>
public static class RelatedArticles
{
    private const double ThemeWeight = 3;
    private const double PersonWeight = 2;
    private const double TextWeight = 4;

    public static IReadOnlyDictionary<string, IReadOnlyList<Article>> Compute(IReadOnlyList<Article> articles, int count)
    {
        var vectors = TermVectors.Compute(articles);
        var byTheme = Index(articles, a => a.Themes.Select(t => t.Slug));
        var byPerson = Index(articles, a => a.Credits.Select(c => c.Person.Slug).Distinct());
        var byWord = new Dictionary<string, List<(int Article, double Weight)>>(StringComparer.Ordinal);
        for (var i = 0; i < articles.Count; i++)
        {
            foreach (var (word, weight) in vectors[i].Entries)
            {
                (byWord.TryGetValue(word, out var list) ? list : byWord[word] = []).Add((i, weight));
            }
        }

        var related = new IReadOnlyList<Article>[articles.Count];
        Parallel.For(0, articles.Count, i =>
        {
            var scores = new Dictionary<int, double>();
            void Add(int other, double score)
            {
                if (other != i)
                {
                    scores[other] = scores.GetValueOrDefault(other) + score;
                }
            }

            foreach (var theme in articles[i].Themes)
            {
                byTheme[theme.Slug].ForEach(other => Add(other, ThemeWeight));
            }

            foreach (var person in articles[i].Credits.Select(c => c.Person.Slug).Distinct())
            {
                byPerson[person].ForEach(other => Add(other, PersonWeight));
            }

            // The cosine of two unit vectors, summed over the words they share.
            foreach (var (word, weight) in vectors[i].Entries)
            {
                byWord[word].ForEach(other => Add(other.Article, TextWeight * weight * other.Weight));
            }

            // Rounding keeps float noise from deciding ties; equal scores fall back to the site's article order.
            related[i] =
            [
                .. scores
                    .Select(p => (Article: articles[p.Key], Score: Math.Round(p.Value, 9)))
                    .OrderByDescending(p => p.Score)
                    .ThenBy(p => p.Article, ArticleOrder.NewestFirst)
                    .Take(count)
                    .Select(p => p.Article),
            ];
        });

        return Enumerable.Range(0, articles.Count).ToDictionary(i => articles[i].Slug, i => related[i], StringComparer.Ordinal);
    }

    private static Dictionary<string, List<int>> Index(IReadOnlyList<Article> articles, Func<Article, IEnumerable<string>> keys)
    {
        var index = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var i = 0; i < articles.Count; i++)
        {
            foreach (var key in keys(articles[i]))
            {
                (index.TryGetValue(key, out var list) ? list : index[key] = []).Add(i);
            }
        }

        return index;
    }
}
