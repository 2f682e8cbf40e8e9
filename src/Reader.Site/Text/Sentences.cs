namespace Reader.Site.Text;

/// <summary>
/// Cuts a paragraph into sentences: at a full stop, question or exclamation mark (and closing quotes or brackets)
/// followed by a space and a capital, digit or opening quote, and at every "。", "！" and "？". A full stop after an
/// abbreviation of <c>Data/sentences.txt</c>, a single letter ("S. V. Lavrov") or a word with a full stop inside it
/// ("U.S.") does not end a sentence.
/// </summary>
public static class Sentences
{
    private static readonly Lazy<HashSet<string>> Abbreviations =
        new(() => new HashSet<string>(SiteData.Lines(SiteData.Read("sentences.txt")), StringComparer.OrdinalIgnoreCase));

    /// <summary>Each sentence as a start and a length in the text, trimmed, in order.</summary>
    public static IReadOnlyList<Range> Split(string text)
    {
        var sentences = new List<Range>();
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c is '。' or '！' or '？')
            {
                Add(sentences, text, start, i + 1);
                start = i + 1;
                continue;
            }

            if (c is not ('.' or '?' or '!' or '…'))
            {
                continue;
            }

            var end = i + 1;
            while (end < text.Length && text[end] is '"' or '\'' or '”' or '’' or '»' or ')' or ']')
            {
                end++;
            }

            var next = end;
            while (next < text.Length && char.IsWhiteSpace(text[next]))
            {
                next++;
            }

            if (next == end || next == text.Length || !Opens(text[next]) || (c == '.' && Abbreviated(text, i)))
            {
                continue;
            }

            Add(sentences, text, start, end);
            start = next;
            i = next - 1;
        }

        Add(sentences, text, start, text.Length);
        return sentences;
    }

    private static bool Opens(char c) => char.IsUpper(c) || char.IsDigit(c) || c is '"' or '“' or '«' or '‘' or '(' or '[' || char.IsLetter(c) && !char.IsLower(c);

    /// <summary>The word before the full stop at <paramref name="dot"/> is an abbreviation, a single letter or has a full stop inside it.</summary>
    private static bool Abbreviated(string text, int dot)
    {
        var start = dot;
        while (start > 0 && !char.IsWhiteSpace(text[start - 1]) && text[start - 1] is not ('(' or '"' or '“' or '«'))
        {
            start--;
        }

        var word = text[start..dot];
        var letters = word.Count(char.IsLetter);
        return letters == 1 || (word.Contains('.') && letters > 0) || Abbreviations.Value.Contains(word);
    }

    private static void Add(List<Range> sentences, string text, int start, int end)
    {
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        if (end > start)
        {
            sentences.Add(start..end);
        }
    }
}
