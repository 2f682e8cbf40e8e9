namespace Reader.Site.Model;

/// <summary>
/// Keeps only the top words of each article by TF-IDF: enough to tell what an article is about,
/// and small enough that the inverted index over them stays short.
/// </summary>
public static class TermVectors
{
    public const int WordsPerArticle = 20;

    /// <param name="counts">Each article's word counts, in the site's article order.</param>
    public static TermVector[] Compute(IReadOnlyList<IReadOnlyList<TermCount>> counts, Vocabulary vocabulary)
    {
        var documentFrequency = new int[vocabulary.Count];
        foreach (var article in counts)
        {
            foreach (var term in article)
            {
                documentFrequency[term.Word]++;
            }
        }

        var inverse = new double[documentFrequency.Length];
        for (var word = 0; word < inverse.Length; word++)
        {
            inverse[word] = documentFrequency[word] == 0 ? 0 : Math.Log((double)counts.Count / documentFrequency[word]);
        }

        var vectors = new TermVector[counts.Count];
        Parallel.For(0, counts.Count, i =>
        {
            var terms = counts[i];
            var total = 0;
            foreach (var term in terms)
            {
                total += term.Count;
            }

            var top = new List<(int Word, double Weight)>(WordsPerArticle + 1);
            foreach (var term in terms)
            {
                var weight = (double)term.Count / Math.Max(1, total) * inverse[term.Word];
                if (weight > 0)
                {
                    Keep(top, (term.Word, weight), vocabulary);
                }
            }

            var length = Math.Sqrt(top.Sum(p => p.Weight * p.Weight));
            vectors[i] = new TermVector([.. top.Select(p => (p.Word, p.Weight / length)).OrderBy(p => vocabulary.Word(p.Word), StringComparer.Ordinal)]);
        });
        return vectors;
    }

    /// <summary>Inserts into a list kept in rank order (weight, then word) and no longer than <see cref="WordsPerArticle"/>.</summary>
    private static void Keep(List<(int Word, double Weight)> top, (int Word, double Weight) candidate, Vocabulary vocabulary)
    {
        var at = top.Count;
        while (at > 0 && Ranks(candidate, top[at - 1], vocabulary))
        {
            at--;
        }

        if (at < WordsPerArticle)
        {
            top.Insert(at, candidate);
            if (top.Count > WordsPerArticle)
            {
                top.RemoveAt(WordsPerArticle);
            }
        }
    }

    private static bool Ranks((int Word, double Weight) a, (int Word, double Weight) b, Vocabulary vocabulary) =>
        a.Weight > b.Weight || (a.Weight == b.Weight && string.CompareOrdinal(vocabulary.Word(a.Word), vocabulary.Word(b.Word)) < 0);
}
