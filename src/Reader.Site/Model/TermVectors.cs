using Reader.Site.Text;

namespace Reader.Site.Model;

/// <summary>
/// Keeps only the top words of each article by TF-IDF: enough to tell what an article is about,
/// and small enough that the inverted index over them stays short.
/// </summary>
public static class TermVectors
{
    public const int WordsPerArticle = 20;

    public static IReadOnlyList<TermVector> Compute(IReadOnlyList<Article> articles)
    {
        var counts = new Dictionary<string, int>[articles.Count];
        Parallel.For(0, articles.Count, i =>
        {
            var words = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var word in Words.Of(articles[i].Title + "\n" + articles[i].PlainText))
            {
                words[word] = words.GetValueOrDefault(word) + 1;
            }

            counts[i] = words;
        });

        var documentFrequency = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var words in counts)
        {
            foreach (var word in words.Keys)
            {
                documentFrequency[word] = documentFrequency.GetValueOrDefault(word) + 1;
            }
        }

        var vectors = new TermVector[articles.Count];
        Parallel.For(0, articles.Count, i =>
        {
            var total = Math.Max(1, counts[i].Values.Sum());
            var top = counts[i]
                .Select(p => (Word: p.Key, Weight: (double)p.Value / total * Math.Log((double)articles.Count / documentFrequency[p.Key])))
                .Where(p => p.Weight > 0)
                .OrderByDescending(p => p.Weight)
                .ThenBy(p => p.Word, StringComparer.Ordinal)
                .Take(WordsPerArticle)
                .ToList();
            var length = Math.Sqrt(top.Sum(p => p.Weight * p.Weight));
            vectors[i] = new TermVector([.. top.Select(p => (p.Word, p.Weight / length)).OrderBy(p => p.Word, StringComparer.Ordinal)]);
        });
        return vectors;
    }
}
