namespace Reader.Site.Model;

/// <summary>
/// Ranks, for each article, the others that share its themes, its people and its distinctive words.
/// Candidates come from inverted indexes (theme → articles, person → articles, word → articles), so an
/// article is only ever compared with those it shares something with, never with every other one. A word's
/// list keeps only the articles where it weighs most (a "champion list"): a word common to thousands of
/// articles says little about any pair of them, and an unbounded list would make the work grow with N².
/// </summary>
public static class RelatedArticles
{
    /// <summary>Articles kept per word; well above what a small collection reaches, so there every pair counts.</summary>
    public const int ChampionsPerWord = 100;

    private const double ThemeWeight = 3;
    private const double PersonWeight = 2;
    private const double TextWeight = 4;

    /// <param name="articles">In the site's order (newest first), which also breaks ties.</param>
    /// <param name="vectors">Each article's term vector, in the same order.</param>
    public static IReadOnlyList<Article>[] Compute(IReadOnlyList<Article> articles, IReadOnlyList<TermVector> vectors, int count)
    {
        var byTheme = Index(articles, a => a.Themes);
        var byPerson = Index(articles, a => a.Credits.Select(c => c.Person).Distinct());
        var byWord = Champions(vectors);

        var related = new IReadOnlyList<Article>[articles.Count];
        Parallel.For(
            0,
            articles.Count,
            () => new Scores(articles.Count),
            (i, _, scores) =>
            {
                foreach (var theme in articles[i].Themes)
                {
                    scores.AddAll(byTheme[theme], ThemeWeight, i);
                }

                foreach (var person in articles[i].Credits.Select(c => c.Person).Distinct())
                {
                    scores.AddAll(byPerson[person], PersonWeight, i);
                }

                // The cosine of two unit vectors, summed over the words they share.
                foreach (var (word, weight) in vectors[i].Entries)
                {
                    foreach (var (other, otherWeight) in byWord[word])
                    {
                        scores.Add(other, TextWeight * weight * otherWeight, i);
                    }
                }

                related[i] = [.. scores.TakeBest(count).Select(j => articles[j])];
                return scores;
            },
            _ => { });
        return related;
    }

    private static Dictionary<Term, List<int>> Index(IReadOnlyList<Article> articles, Func<Article, IEnumerable<Term>> terms)
    {
        var index = new Dictionary<Term, List<int>>();
        for (var i = 0; i < articles.Count; i++)
        {
            foreach (var term in terms(articles[i]))
            {
                (index.TryGetValue(term, out var list) ? list : index[term] = []).Add(i);
            }
        }

        return index;
    }

    private static Dictionary<int, (int Article, double Weight)[]> Champions(IReadOnlyList<TermVector> vectors)
    {
        var lists = new Dictionary<int, List<(int Article, double Weight)>>();
        for (var i = 0; i < vectors.Count; i++)
        {
            foreach (var (word, weight) in vectors[i].Entries)
            {
                (lists.TryGetValue(word, out var list) ? list : lists[word] = []).Add((i, weight));
            }
        }

        return lists.ToDictionary(
            p => p.Key,
            p => p.Value.Count <= ChampionsPerWord
                ? [.. p.Value]
                : p.Value.OrderByDescending(e => e.Weight).ThenBy(e => e.Article).Take(ChampionsPerWord).OrderBy(e => e.Article).ToArray());
    }

    /// <summary>One thread's running scores: a dense array plus the list of articles touched, reset after each use.</summary>
    private sealed class Scores(int size)
    {
        private readonly double[] _score = new double[size];
        private readonly List<int> _touched = [];

        public void AddAll(List<int> others, double score, int self)
        {
            foreach (var other in others)
            {
                Add(other, score, self);
            }
        }

        public void Add(int other, double score, int self)
        {
            if (other == self)
            {
                return;
            }

            if (_score[other] == 0)
            {
                _touched.Add(other);
            }

            _score[other] += score;
        }

        /// <summary>
        /// The best <paramref name="count"/> by score, rounded so float noise never decides a tie; equal scores
        /// keep the site's order (the lower index). Clears the scores for the next article.
        /// </summary>
        public List<int> TakeBest(int count)
        {
            var best = new List<(int Article, double Score)>(count + 1);
            foreach (var other in _touched)
            {
                var score = Math.Round(_score[other], 9);
                _score[other] = 0;
                var at = best.Count;
                while (at > 0 && (score > best[at - 1].Score || (score == best[at - 1].Score && other < best[at - 1].Article)))
                {
                    at--;
                }

                if (at < count)
                {
                    best.Insert(at, (other, score));
                    if (best.Count > count)
                    {
                        best.RemoveAt(count);
                    }
                }
            }

            _touched.Clear();
            return [.. best.Select(b => b.Article)];
        }
    }
}
