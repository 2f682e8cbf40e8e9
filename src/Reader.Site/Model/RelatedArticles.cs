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
        var people = articles.Select(a => a.Credits.Select(c => c.Person).Distinct().ToArray()).ToArray();
        var byTheme = Index(articles.Select(a => a.Themes));
        var byPerson = Index(people);
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

                foreach (var person in people[i])
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

    private static Dictionary<Term, List<int>> Index(IEnumerable<IEnumerable<Term>> termsOfEachArticle)
    {
        var index = new Dictionary<Term, List<int>>();
        var i = 0;
        foreach (var terms in termsOfEachArticle)
        {
            foreach (var term in terms)
            {
                (index.TryGetValue(term, out var list) ? list : index[term] = []).Add(i);
            }

            i++;
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

        var champions = new Dictionary<int, (int Article, double Weight)[]>(lists.Count);
        foreach (var (word, list) in lists)
        {
            var entries = list.ToArray();
            if (entries.Length > ChampionsPerWord)
            {
                Array.Sort(entries, (a, b) => a.Weight != b.Weight ? b.Weight.CompareTo(a.Weight) : a.Article.CompareTo(b.Article));
                entries = entries[..ChampionsPerWord];
                Array.Sort(entries, (a, b) => a.Article.CompareTo(b.Article));
            }

            champions[word] = entries;
        }

        return champions;
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
        public int[] TakeBest(int count)
        {
            var articles = new int[count];
            var scores = new double[count];
            var kept = 0;
            foreach (var other in _touched)
            {
                var raw = _score[other];
                _score[other] = 0;

                // Clearly below the last of a full list: no need to round it to know it stays out.
                if (kept == count && raw < scores[count - 1] - 1e-6)
                {
                    continue;
                }

                var score = Math.Round(raw, 9);
                var at = kept;
                while (at > 0 && (score > scores[at - 1] || (score == scores[at - 1] && other < articles[at - 1])))
                {
                    at--;
                }

                if (at == count)
                {
                    continue;
                }

                kept = Math.Min(kept + 1, count);
                for (var move = kept - 1; move > at; move--)
                {
                    articles[move] = articles[move - 1];
                    scores[move] = scores[move - 1];
                }

                articles[at] = other;
                scores[at] = score;
            }

            _touched.Clear();
            return articles[..kept];
        }
    }
}
