using Reader.Site.Model;

namespace Reader.Site.Text;

/// <summary>
/// The words search looks up, read from folded text (<see cref="Words.Fold(string)"/>): runs of letters and digits
/// of two characters or more, and in Chinese, Japanese and Korean, which are written without spaces, every pair of
/// neighbouring characters (a run of one character is itself). The search script (theme/assets/site.js) reads a
/// query the same way, so the two must change together.
/// </summary>
public static class SearchTokens
{
    /// <summary>Longer runs (a URL's letters, a chemical name) are cut here: nobody types more to find them.</summary>
    public const int MaxLength = 40;

    [ThreadStatic]
    private static HashSet<int>? t_seen;

    /// <summary>Each distinct token of the title and the body, by its number in <paramref name="vocabulary"/>, sorted.</summary>
    /// <returns><c>number &lt;&lt; 1</c>, plus 1 when the token is in the title.</returns>
    public static int[] Of(ReadOnlySpan<char> foldedTitle, ReadOnlySpan<char> foldedBody, Vocabulary vocabulary)
    {
        var seen = t_seen ??= [];
        seen.Clear();
        var title = new List<int>();
        Read(foldedTitle, vocabulary, id => { if (seen.Add(id)) { title.Add(id); } });
        var titleCount = seen.Count;
        var all = new List<int>(titleCount + 512);
        all.AddRange(title.Select(id => (id << 1) | 1));
        Read(foldedBody, vocabulary, id => { if (seen.Add(id)) { all.Add(id << 1); } });
        var tokens = all.ToArray();
        Array.Sort(tokens);
        return tokens;
    }

    /// <summary>The tokens of a short text (a name), distinct, by number.</summary>
    public static int[] Of(string folded, Vocabulary vocabulary)
    {
        var ids = new HashSet<int>();
        Read(folded, vocabulary, id => ids.Add(id));
        return [.. ids.Order()];
    }

    /// <summary>The tokens of a text as strings, in order, repeats included: for tests and for reading a query.</summary>
    public static IReadOnlyList<string> Strings(string folded)
    {
        var vocabulary = new Vocabulary();
        var ids = new List<int>();
        Read(folded, vocabulary, ids.Add);
        return [.. ids.Select(vocabulary.Word)];
    }

    private static void Read(ReadOnlySpan<char> text, Vocabulary vocabulary, Action<int> add)
    {
        for (var i = 0; i < text.Length;)
        {
            if (!char.IsLetterOrDigit(text[i]))
            {
                i++;
                continue;
            }

            // A run of characters of one kind: written with spaces, or not.
            var closeSet = IsCloseSet(text[i]);
            var end = i + 1;
            while (end < text.Length && char.IsLetterOrDigit(text[end]) && IsCloseSet(text[end]) == closeSet)
            {
                end++;
            }

            var run = text[i..end];
            i = end;
            if (closeSet)
            {
                if (run.Length == 1)
                {
                    add(vocabulary.Id(run));
                }

                for (var j = 0; j + 1 < run.Length; j++)
                {
                    add(vocabulary.Id(run.Slice(j, 2)));
                }
            }
            else if (run.Length >= 2)
            {
                add(vocabulary.Id(run[..Math.Min(run.Length, MaxLength)]));
            }
        }
    }

    /// <summary>Han, kana and Hangul: scripts written without spaces between words.</summary>
    public static bool IsCloseSet(char c) =>
        c is (>= '\u3040' and <= '\u30FF') or (>= '\u3400' and <= '\u4DBF') or (>= '\u4E00' and <= '\u9FFF')
            or (>= '\uF900' and <= '\uFAFF') or (>= '\uAC00' and <= '\uD7AF') or (>= '\uFF66' and <= '\uFF9F');
}
