using System.Buffers;

namespace Reader.Content;

/// <summary>
/// Finds people's names in a text: every spelling as a whole word, the longest at a place winning ("Shinzo Abe" over
/// "Abe"). A spelling in a script written without spaces (Chinese, Japanese) is found inside a run of such
/// characters, as "プーチン" is in "プーチン大統領"; a prefix spelling takes the rest of its word ("Путин*" matches
/// the whole of "Путиным"). Matching is ordinal: names are written with capitals, and "abe" in a word is not Abe.
/// Spellings are looked up by their first character, and among many with one initial by their exact text for each
/// length they come in, so the cost grows with the text, not with the number of names: at 100,000 articles there
/// are 5,000 authors, some 400 spellings to an initial.
/// </summary>
public sealed class NameMatcher
{
    private readonly Dictionary<char, SpellingGroup> _byInitial;
    private readonly SearchValues<char> _initials;

    public NameMatcher(IEnumerable<NameSpelling> spellings)
    {
        _byInitial = spellings
            .Where(s => s.Text.Length > 0)
            .DistinctBy(s => (s.Text, s.Key, s.Prefix))
            .GroupBy(s => s.Text[0])
            .ToDictionary(
                g => g.Key,
                g => new SpellingGroup(g.OrderByDescending(s => s.Text.Length).ThenBy(s => s.Text, StringComparer.Ordinal).ThenBy(s => s.Key, StringComparer.Ordinal).ThenBy(s => s.Prefix).ToArray()));
        _initials = SearchValues.Create([.. _byInitial.Keys.Order()]);
    }

    public bool IsEmpty => _byInitial.Count == 0;

    /// <summary>Every match, left to right, none overlapping.</summary>
    public List<NameMatch> Matches(ReadOnlySpan<char> text)
    {
        var matches = new List<NameMatch>();
        for (var from = 0; Next(text, from, _ => true) is { } match; from = match.Index + match.Length)
        {
            matches.Add(match);
        }

        return matches;
    }

    /// <summary>The first match at or after <paramref name="from"/> whose person <paramref name="wanted"/> accepts.</summary>
    public NameMatch? Next(ReadOnlySpan<char> text, int from, Func<string, bool> wanted)
    {
        if (_byInitial.Count == 0)
        {
            return null;
        }

        for (var i = IndexOfInitial(text, from); i >= 0; i = IndexOfInitial(text, i + 1))
        {
            // A spaced script's name starts a word; a name in Chinese or Japanese may stand anywhere.
            if (i > 0 && !IsUnspaced(text[i]) && char.IsLetterOrDigit(text[i - 1]))
            {
                continue;
            }

            if (_byInitial[text[i]].At(text, i, wanted) is { } match)
            {
                return match;
            }
        }

        return null;
    }

    /// <summary>Characters of scripts written without spaces between words: there, any place may start or end a name.</summary>
    /// <remarks>Han, kana, and Thai, Lao, Myanmar and Khmer; Korean is written with spaces and is not among them.</remarks>
    public static bool IsUnspaced(char c) =>
        c is >= '\u3040' and <= '\u30FF' or >= '\u3400' and <= '\u4DBF' or >= '\u4E00' and <= '\u9FFF' or >= '\uF900' and <= '\uFAFF' or >= '\uFF66' and <= '\uFF9F'
            or >= '\u0E00' and <= '\u0EFF' or >= '\u1000' and <= '\u109F' or >= '\u1780' and <= '\u17FF';

    private int IndexOfInitial(ReadOnlySpan<char> text, int from)
    {
        if (from >= text.Length)
        {
            return -1;
        }

        var at = text[from..].IndexOfAny(_initials);
        return at < 0 ? -1 : from + at;
    }

    /// <summary>The length of the spelling's match at <paramref name="start"/>, where the text there begins with it.</summary>
    private static int? Length(ReadOnlySpan<char> text, int start, NameSpelling spelling)
    {
        var end = start + spelling.Text.Length;
        var last = spelling.Text[^1];
        if (spelling.Prefix)
        {
            while (end < text.Length && char.IsLetter(text[end]) && !IsUnspaced(text[end]))
            {
                end++;
            }

            return end - start;
        }

        return end == text.Length || IsUnspaced(last) || !char.IsLetterOrDigit(text[end]) ? end - start : null;
    }

    /// <summary>The spellings that begin with one character, longest first: tried one by one while few, looked up by text when many.</summary>
    private sealed class SpellingGroup
    {
        private const int ScannedAtMost = 8;

        private readonly NameSpelling[] _spellings;
        private readonly int[] _lengths = [];
        private readonly Dictionary<string, NameSpelling[]>.AlternateLookup<ReadOnlySpan<char>> _byText;

        public SpellingGroup(NameSpelling[] spellings)
        {
            _spellings = spellings;
            if (spellings.Length > ScannedAtMost)
            {
                _lengths = [.. spellings.Select(s => s.Text.Length).Distinct()];
                _byText = spellings.GroupBy(s => s.Text, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToArray(), StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
            }
        }

        /// <summary>The longest wanted spelling at <paramref name="start"/> (ties in the order of the text, key and prefix).</summary>
        public NameMatch? At(ReadOnlySpan<char> text, int start, Func<string, bool> wanted)
        {
            var rest = text[start..];
            if (_lengths.Length == 0)
            {
                foreach (var spelling in _spellings)
                {
                    if (rest.StartsWith(spelling.Text, StringComparison.Ordinal) && Found(text, start, spelling, wanted) is { } match)
                    {
                        return match;
                    }
                }

                return null;
            }

            foreach (var length in _lengths)
            {
                if (length <= rest.Length && _byText.TryGetValue(rest[..length], out var spellings))
                {
                    foreach (var spelling in spellings)
                    {
                        if (Found(text, start, spelling, wanted) is { } match)
                        {
                            return match;
                        }
                    }
                }
            }

            return null;
        }

        private static NameMatch? Found(ReadOnlySpan<char> text, int start, NameSpelling spelling, Func<string, bool> wanted) =>
            Length(text, start, spelling) is { } length && wanted(spelling.Key) ? new NameMatch(start, length, spelling) : null;
    }
}
