using System.Buffers;
using System.Text;

namespace Reader.Content;

/// <summary>
/// Characters no page, feed, sitemap or JSON file of the site can hold: C0 controls other than tab and line breaks,
/// DEL and the C1 controls (XML 1.0 and HTML refuse them), the non-characters U+FFFE and U+FFFF, and halves of a
/// surrogate pair without the other half (not text in any encoding). A feed writer throws on the first of them, so
/// they are removed where text enters Reader, with a warning, and once more by each writer.
/// </summary>
public static class UnsafeCharacters
{
    // \f and U+0085 are line breaks that the Markdown reader turns into "\n", so they are not listed. The C0 controls
    // and DEL are searched as ASCII, the rest as ranges: one set of them all (with 2,048 surrogates) made a
    // probabilistic search, the slowest kind, and every page, feed and book passes through here.
    private static readonly SearchValues<char> AsciiCandidates = SearchValues.Create(
        "\u0000\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008\u000B\u000E\u000F\u0010\u0011\u0012\u0013\u0014\u0015\u0016\u0017\u0018\u0019\u001A\u001B\u001C\u001D\u001E\u001F\u007F");

    /// <summary>True when a control character or non-character is at <paramref name="text"/>[<paramref name="i"/>], or half a surrogate pair.</summary>
    public static bool IsUnsafeAt(ReadOnlySpan<char> text, int i)
    {
        var c = text[i];
        if (char.IsHighSurrogate(c))
        {
            return i + 1 >= text.Length || !char.IsLowSurrogate(text[i + 1]);
        }

        if (char.IsLowSurrogate(c))
        {
            return i == 0 || !char.IsHighSurrogate(text[i - 1]);
        }

        return c is not ('\f' or '\u0085') && (AsciiCandidates.Contains(c) || c is (>= '\u0080' and <= '\u009F') or '\uFFFE' or '\uFFFF');
    }

    /// <summary>Whether the text holds any: most text holds none, and is searched without a copy.</summary>
    public static bool Any(ReadOnlySpan<char> text) => IndexOf(text) >= 0;

    /// <summary>The index of the first unsafe character, or -1.</summary>
    public static int IndexOf(ReadOnlySpan<char> text)
    {
        for (var start = 0; ;)
        {
            var next = NextCandidate(text[start..]);
            if (next < 0)
            {
                return -1;
            }

            var i = start + next;
            if (IsUnsafeAt(text, i))
            {
                return i;
            }

            // A well-formed surrogate pair: skip both halves.
            start = i + (char.IsHighSurrogate(text[i]) ? 2 : 1);
            if (start >= text.Length)
            {
                return -1;
            }
        }
    }

    /// <summary>The index of the first character that may be unsafe (<see cref="IsUnsafeAt"/> decides), or -1: each search is vectorised.</summary>
    private static int NextCandidate(ReadOnlySpan<char> text)
    {
        var first = text.IndexOfAny(AsciiCandidates);
        var end = first < 0 ? text.Length : first;
        first = Earlier(first, text[..end].IndexOfAnyInRange('\u0080', '\u009F'), ref end);
        first = Earlier(first, text[..end].IndexOfAnyInRange('\uD800', '\uDFFF'), ref end);
        return Earlier(first, text[..end].IndexOfAnyInRange('\uFFFE', '\uFFFF'), ref end);
    }

    /// <summary>The earlier of two found indexes (-1 for none); the next search need only look before it.</summary>
    private static int Earlier(int first, int found, ref int end)
    {
        if (found < 0)
        {
            return first;
        }

        end = found;
        return found;
    }

    /// <summary>The text without unsafe characters (half a surrogate pair becomes U+FFFD, so a word is not joined to the next); <paramref name="removed"/> counts them.</summary>
    public static string Remove(string text, out int removed)
    {
        removed = 0;
        var first = IndexOf(text);
        if (first < 0)
        {
            return text;
        }

        var clean = new StringBuilder(text.Length).Append(text, 0, first);
        for (var i = first; i < text.Length; i++)
        {
            if (!IsUnsafeAt(text, i))
            {
                clean.Append(text[i]);
                continue;
            }

            removed++;
            if (char.IsSurrogate(text[i]))
            {
                clean.Append('\uFFFD');
            }
        }

        return clean.ToString();
    }

    /// <summary>The text without unsafe characters, for writers that must not fail whatever they are given.</summary>
    public static string Remove(string text) => Remove(text, out _);

    /// <summary>"U+0001, U+FFFE": the distinct characters found, at most <paramref name="max"/>, for a warning.</summary>
    public static string Describe(string text, int max = 3)
    {
        var found = new List<string>();
        for (var i = 0; i < text.Length && found.Count <= max; i++)
        {
            if (IsUnsafeAt(text, i) && $"U+{(int)text[i]:X4}" is var name && !found.Contains(name))
            {
                found.Add(name);
            }
        }

        return string.Join(", ", found.Take(max)) + (found.Count > max ? ", …" : "");
    }
}
