namespace Reader.Site.Model;

/// <summary>
/// Ranks, for each article, the others that share its themes, its people and its distinctive words.
/// Candidates come from inverted indexes (theme → articles, person → articles, word → articles), so an
/// article is only ever compared with those it shares something with, never with every other one. A word's
/// list keeps only the articles where it weighs most (a "champion list"): a word common to thousands of
/// articles says little about any pair of them, and an unbounded list would make the work grow with N².
/// </summary>
/// <remarks>
/// An instance remembers its last ranking, so that after an edit to some bodies it redoes only what the edit can
/// reach: the term vectors of articles that share a word whose document frequency changed, the champion lists of
/// the words those vectors gain, lose or reweigh, and the rankings of the articles that use a changed list. Any
/// other change (articles added, removed or reordered, themes or people changed) ranks everything again. Either
/// way the result is exactly what ranking from scratch gives.
/// </remarks>
/// <param name="count">Related articles kept per article.</param>
public sealed class RelatedArticles(int count)
{
    /// <summary>Articles kept per word; well above what a small collection reaches, so there every pair counts.</summary>
    public const int ChampionsPerWord = 100;

    private const double ThemeWeight = 3;
    private const double PersonWeight = 2;
    private const double TextWeight = 4;

    // The last ranking's inputs and results, by article index.
    private string[] _slugs = [];
    private string[] _groups = [];
    private IReadOnlyList<TermCount>?[] _terms = [];
    private TermVector?[] _vectors = [];
    private int[][] _related = [];
    private int[] _frequencies = [];

    // The last ranking's articles, the people of each, the indexes of themes and people, and the lists handed out.
    private Article[] _articles = [];
    private Term[][] _people = [];
    private Dictionary<Term, List<int>> _byTheme = [];
    private Dictionary<Term, List<int>> _byPerson = [];
    private IReadOnlyList<Article>[] _lists = [];

    // Word → every (article, weight) whose vector holds it, and the champion list drawn from it.
    private readonly Dictionary<int, List<(int Article, double Weight)>> _postings = [];
    private readonly Dictionary<int, (int Article, double Weight)[]> _champions = [];

    /// <summary>Ranks once, from scratch, keeping nothing.</summary>
    public static IReadOnlyList<Article>[] Compute(IReadOnlyList<Article> articles, IReadOnlyList<IReadOnlyList<TermCount>> terms, Vocabulary vocabulary, int count) =>
        new RelatedArticles(count).Update(articles, terms, vocabulary);

    /// <param name="articles">In the site's order (newest first), which also breaks ties.</param>
    /// <param name="terms">Each article's word counts, in the same order; an unchanged body gives the same list object.</param>
    public IReadOnlyList<Article>[] Update(IReadOnlyList<Article> articles, IReadOnlyList<IReadOnlyList<TermCount>> terms, Vocabulary vocabulary)
    {
        var sameTerms = SameTerms(articles);
        if (!sameTerms)
        {
            var people = articles.Select(a => a.Credits.Select(c => c.Person).Distinct().ToArray()).ToArray();
            var slugs = articles.Select(a => a.Slug).ToArray();
            var groups = articles.Select((a, i) => string.Join('\u001f', a.Themes.Select(t => t.Key).Append("\u001e").Concat(people[i].Select(p => p.Key)))).ToArray();
            if (!slugs.AsSpan().SequenceEqual(_slugs) || !groups.AsSpan().SequenceEqual(_groups))
            {
                Reset(articles.Count);
            }

            _slugs = slugs;
            _groups = groups;
            _people = people;
            _byTheme = Index(articles.Select(a => a.Themes));
            _byPerson = Index(people);
        }

        var changed = Enumerable.Range(0, articles.Count).Where(i => !ReferenceEquals(terms[i], _terms[i])).ToArray();
        int[] reranked;
        try
        {
            var (reweighed, words) = Reweigh(changed, terms, vocabulary);
            reranked = Rerank(reweighed, words);
            Rank(reranked, articles);
        }
        catch
        {
            // Half-updated state would give the next ranking wrong answers: start the next one from scratch.
            _slugs = [];
            _articles = [];
            throw;
        }

        return Lists(articles, reranked, sameTerms);
    }

    /// <summary>
    /// Whether every article has the same slug and the same theme and credit lists (the same objects) as in the
    /// last ranking, as after an edit to bodies only: the theme and person indexes then still hold.
    /// </summary>
    private bool SameTerms(IReadOnlyList<Article> articles)
    {
        if (articles.Count != _articles.Length)
        {
            return false;
        }

        for (var i = 0; i < articles.Count; i++)
        {
            var (now, before) = (articles[i], _articles[i]);
            if (!ReferenceEquals(now, before)
                && (!string.Equals(now.Slug, before.Slug, StringComparison.Ordinal) || !ReferenceEquals(now.Themes, before.Themes) || !ReferenceEquals(now.Credits, before.Credits)))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The related articles of each article, as lists; a list is made again only when its ranking or one of its articles changed.</summary>
    private IReadOnlyList<Article>[] Lists(IReadOnlyList<Article> articles, int[] reranked, bool sameTerms)
    {
        var replaced = new bool[articles.Count];
        var anyReplaced = false;
        for (var i = 0; i < articles.Count && sameTerms; i++)
        {
            replaced[i] = !ReferenceEquals(articles[i], _articles[i]);
            anyReplaced |= replaced[i];
        }

        var lists = sameTerms ? _lists : new IReadOnlyList<Article>[articles.Count];
        var stale = sameTerms ? new bool[articles.Count] : null;
        foreach (var i in reranked)
        {
            stale?[i] = true;
        }

        for (var i = 0; i < lists.Length; i++)
        {
            if (stale is null || stale[i] || (anyReplaced && _related[i].Any(j => replaced[j])))
            {
                lists[i] = [.. _related[i].Select(j => articles[j])];
            }
        }

        _articles = [.. articles];
        _lists = lists;
        return [.. lists];
    }

    /// <summary>Ranks the given articles again, through the theme, person and word indexes.</summary>
    private void Rank(int[] rerank, IReadOnlyList<Article> articles)
    {
        Parallel.ForEach(
            rerank,
            () => new Scores(articles.Count),
            (i, _, scores) =>
            {
                foreach (var theme in articles[i].Themes)
                {
                    scores.AddAll(_byTheme[theme], ThemeWeight, i);
                }

                foreach (var person in _people[i])
                {
                    scores.AddAll(_byPerson[person], PersonWeight, i);
                }

                // The cosine of two unit vectors, summed over the words they share.
                foreach (var (word, weight) in _vectors[i]!.Entries)
                {
                    foreach (var (other, otherWeight) in _champions[word])
                    {
                        scores.Add(other, TextWeight * weight * otherWeight, i);
                    }
                }

                _related[i] = scores.TakeBest(count);
                return scores;
            },
            _ => { });
    }

    private void Reset(int articleCount)
    {
        _terms = new IReadOnlyList<TermCount>?[articleCount];
        _vectors = new TermVector?[articleCount];
        _related = new int[articleCount][];
        _frequencies = [];
        _postings.Clear();
        _champions.Clear();
    }

    /// <summary>
    /// Takes the new word counts of <paramref name="changed"/> articles and recomputes every vector they can move:
    /// their own, and those of articles holding a word that entered or left some article's counts. Returns the
    /// articles whose vector changed and the words whose lists that changed.
    /// </summary>
    private (HashSet<int> Articles, HashSet<int> Words) Reweigh(int[] changed, IReadOnlyList<IReadOnlyList<TermCount>> terms, Vocabulary vocabulary)
    {
        var stale = new HashSet<int>(changed);
        if (_frequencies.Length == 0)
        {
            _frequencies = TermVectors.DocumentFrequencies(terms, vocabulary);
        }
        else
        {
            if (_frequencies.Length < vocabulary.Count)
            {
                Array.Resize(ref _frequencies, vocabulary.Count);
            }

            var before = new Dictionary<int, int>();
            foreach (var i in changed)
            {
                Count(_terms[i]!, -1, before);
                Count(terms[i], +1, before);
            }

            var moved = new bool[_frequencies.Length];
            var any = false;
            foreach (var (word, frequency) in before)
            {
                moved[word] = _frequencies[word] != frequency;
                any |= moved[word];
            }

            if (any)
            {
                stale.UnionWith(Enumerable.Range(0, terms.Count).AsParallel().Where(i => terms[i].Any(t => moved[t.Word])));
            }
        }

        foreach (var i in changed)
        {
            _terms[i] = terms[i];
        }

        var order = stale.Order().ToArray();
        var vectors = new TermVector[order.Length];
        Parallel.For(0, order.Length, k => vectors[k] = TermVectors.Of(terms[order[k]], _frequencies, terms.Count, vocabulary));

        var reweighed = new HashSet<int>();
        var words = new HashSet<int>();
        for (var k = 0; k < order.Length; k++)
        {
            var i = order[k];
            if (vectors[k].SameAs(_vectors[i]))
            {
                continue;
            }

            reweighed.Add(i);
            foreach (var (word, _) in _vectors[i]?.Entries ?? [])
            {
                _postings[word].RemoveAll(p => p.Article == i);
                words.Add(word);
            }

            foreach (var (word, weight) in vectors[k].Entries)
            {
                (_postings.TryGetValue(word, out var list) ? list : _postings[word] = []).Add((i, weight));
                words.Add(word);
            }

            _vectors[i] = vectors[k];
        }

        return (reweighed, words);
    }

    private void Count(IReadOnlyList<TermCount> terms, int delta, Dictionary<int, int> before)
    {
        foreach (var term in terms)
        {
            before.TryAdd(term.Word, _frequencies[term.Word]);
            _frequencies[term.Word] += delta;
        }
    }

    /// <summary>Redraws the champion lists of the words whose postings changed; returns the articles to rank again.</summary>
    private int[] Rerank(HashSet<int> reweighed, HashSet<int> words)
    {
        var rerank = new HashSet<int>(reweighed);
        foreach (var word in words)
        {
            var postings = _postings[word];
            var champions = Champions(postings);
            if (_champions.TryGetValue(word, out var old) && old.AsSpan().SequenceEqual(champions))
            {
                continue;
            }

            if (postings.Count == 0)
            {
                _postings.Remove(word);
                _champions.Remove(word);
            }
            else
            {
                _champions[word] = champions;
            }

            rerank.UnionWith(postings.Select(p => p.Article));
        }

        return [.. rerank.Order()];
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

    /// <summary>The <see cref="ChampionsPerWord"/> heaviest, ties to the earlier article, in article order.</summary>
    private static (int Article, double Weight)[] Champions(List<(int Article, double Weight)> postings)
    {
        var entries = postings.ToArray();
        if (entries.Length > ChampionsPerWord)
        {
            Array.Sort(entries, (a, b) => a.Weight != b.Weight ? b.Weight.CompareTo(a.Weight) : a.Article.CompareTo(b.Article));
            entries = entries[..ChampionsPerWord];
        }

        Array.Sort(entries, (a, b) => a.Article.CompareTo(b.Article));
        return entries;
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
