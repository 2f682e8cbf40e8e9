namespace Reader.Site.Model;

/// <summary>
/// Keeps only the top words of each article by TF-IDF: enough to tell what an article is about,
/// and small enough that the inverted index over them stays short.
/// </summary>
public static class TermVectors
{
    public const int WordsPerArticle = 20;

    /// <summary>In how many articles each word of the vocabulary occurs.</summary>
    public static int[] DocumentFrequencies(IEnumerable<IReadOnlyList<TermCount>> counts, Vocabulary vocabulary)
    {
        var frequencies = new int[vocabulary.Count];
        foreach (var article in counts)
        {
            foreach (var term in article)
            {
                frequencies[term.Word]++;
            }
        }

        return frequencies;
    }

    /// <summary>One article's vector: its top words, weighted by term frequency × inverse document frequency, at unit length.</summary>
    /// <param name="articleCount">How many articles <paramref name="documentFrequencies"/> counted.</param>
    public static TermVector Of(IReadOnlyList<TermCount> terms, int[] documentFrequencies, int articleCount, Vocabulary vocabulary)
    {
        var total = 0;
        foreach (var term in terms)
        {
            total += term.Count;
        }

        var top = new List<(int Word, double Weight)>(WordsPerArticle + 1);
        foreach (var term in terms)
        {
            var inverse = Math.Log((double)articleCount / documentFrequencies[term.Word]);
            var weight = (double)term.Count / Math.Max(1, total) * inverse;
            if (weight > 0)
            {
                Keep(top, (term.Word, weight), vocabulary);
            }
        }

        var length = Math.Sqrt(top.Sum(p => p.Weight * p.Weight));
        return new TermVector([.. top.Select(p => (p.Word, p.Weight / length)).OrderBy(p => vocabulary.Word(p.Word), StringComparer.Ordinal)]);
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
