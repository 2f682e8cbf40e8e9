using System.Collections.Frozen;

namespace Reader.Ingest.Html;

/// <summary>
/// Finds which of several word lists a class or id token belongs to, as the hint lists match: a word of three letters
/// or fewer must be the whole token ("ad" is not "address"), a longer word may start it ("comments" starts with
/// "comment"). Each list is a bit; longer words are found by the token's first four letters, so a token is compared
/// with the few words that share them, not with every word: every page brings hundreds of class names never seen before.
/// </summary>
public sealed class ClassWordMatcher
{
    private const int ExactMatchMaxLength = 3;
    private const int KeyLength = ExactMatchMaxLength + 1;
    private readonly FrozenDictionary<string, int> _whole;
    private readonly FrozenDictionary<string, (string Word, int Bits)[]> _byStart;

    /// <param name="lists">The word lists; list <c>i</c> sets bit <c>1 &lt;&lt; i</c>.</param>
    public ClassWordMatcher(IReadOnlyList<IEnumerable<string>> lists)
    {
        var words = lists.SelectMany((list, i) => list.Select(w => (Word: w.ToLowerInvariant(), Bit: 1 << i)))
            .GroupBy(p => p.Word, StringComparer.Ordinal)
            .Select(g => (Word: g.Key, Bits: g.Aggregate(0, (bits, p) => bits | p.Bit)))
            .ToList();
        _whole = words.Where(w => w.Word.Length <= ExactMatchMaxLength).ToFrozenDictionary(w => w.Word, w => w.Bits, StringComparer.Ordinal);
        _byStart = words.Where(w => w.Word.Length > ExactMatchMaxLength)
            .GroupBy(w => w.Word[..KeyLength], StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => g.ToArray(), StringComparer.Ordinal);
    }

    /// <summary>The bits of the lists whose words one of the tokens is or starts with.</summary>
    public int Bits(IReadOnlyList<string> tokens)
    {
        var bits = 0;
        foreach (var token in tokens)
        {
            bits |= Bits(token);
        }

        return bits;
    }

    private int Bits(string token)
    {
        if (token.Length <= ExactMatchMaxLength)
        {
            return _whole.GetValueOrDefault(token);
        }

        if (!_byStart.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(token.AsSpan(0, KeyLength), out var candidates))
        {
            return 0;
        }

        var bits = 0;
        foreach (var (word, wordBits) in candidates)
        {
            bits |= token.StartsWith(word, StringComparison.Ordinal) ? wordBits : 0;
        }

        return bits;
    }
}
