using Reader.Site.Model;

namespace Reader.Site.Outputs;

/// <summary>
/// Which articles hold each search token: for every token, the site's article numbers (newest first), each as
/// <c>number &lt;&lt; 1</c> plus 1 when the token is in the article's title. Kept in one flat array, with each
/// token's run found by its offset, so 100,000 articles cost two integer arrays rather than millions of lists.
/// </summary>
public sealed class SearchPostings
{
    private readonly int[] _offsets;
    private readonly int[] _postings;

    /// <param name="tokens">Each article's tokens (<see cref="Text.SearchTokens.Of(ReadOnlySpan{char}, ReadOnlySpan{char}, Vocabulary)"/>), in the site's order.</param>
    /// <param name="extra">More tokens of each article, not in its title (its people's and themes' names); may repeat its own.</param>
    public SearchPostings(IReadOnlyList<int[]> tokens, IReadOnlyList<int[]> extra, int vocabularySize)
    {
        // Two passes: count each token's articles, then fill the runs in article order, so each run is sorted.
        _offsets = new int[vocabularySize + 1];
        for (var article = 0; article < tokens.Count; article++)
        {
            foreach (var token in tokens[article])
            {
                _offsets[(token >> 1) + 1]++;
            }

            foreach (var id in extra[article])
            {
                _offsets[id + 1]++;
            }
        }

        for (var id = 0; id < vocabularySize; id++)
        {
            _offsets[id + 1] += _offsets[id];
        }

        var next = _offsets[..^1];
        _postings = new int[_offsets[^1]];
        for (var article = 0; article < tokens.Count; article++)
        {
            foreach (var token in tokens[article])
            {
                _postings[next[token >> 1]++] = (article << 1) | (token & 1);
            }

            foreach (var id in extra[article])
            {
                _postings[next[id]++] = article << 1;
            }
        }
    }

    /// <summary>The tokens some article holds, by number.</summary>
    public IEnumerable<int> Tokens
    {
        get
        {
            for (var id = 0; id + 1 < _offsets.Length; id++)
            {
                if (_offsets[id + 1] > _offsets[id])
                {
                    yield return id;
                }
            }
        }
    }

    public ReadOnlySpan<int> Of(int token) => _postings.AsSpan(_offsets[token], _offsets[token + 1] - _offsets[token]);

    public int Count(int token) => _offsets[token + 1] - _offsets[token];

    /// <summary>The extra tokens of an article (its names) that its own tokens do not already hold.</summary>
    public static int[] Extra(int[] own, IEnumerable<int[]> names)
    {
        List<int>? extra = null;
        foreach (var id in names.SelectMany(n => n))
        {
            if (Array.BinarySearch(own, id << 1) < 0 && Array.BinarySearch(own, (id << 1) | 1) < 0 && !(extra?.Contains(id) ?? false))
            {
                (extra ??= []).Add(id);
            }
        }

        return extra is null ? [] : [.. extra];
    }
}
