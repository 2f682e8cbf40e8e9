using System.Text.RegularExpressions;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using MarkdownAst = Markdig.Syntax.MarkdownDocument;

namespace Reader.Site.Text;

/// <summary>The readable text of a parsed body, one line per block: what search, word counts and similarity see.</summary>
public static partial class PlainText
{
    /// <param name="length">The length of the Markdown, which the text does not exceed by much: the buffer starts that large.</param>
    public static string Of(MarkdownAst document, int length = 0)
    {
        using var text = new TextBuffer(length);
        using var inlines = new TextBuffer(256);
        foreach (var block in document.Descendants<LeafBlock>())
        {
            switch (block)
            {
                case HtmlBlock html:
                    // Passages in another language may sit inside raw HTML; their words still count.
                    AppendLine(text, Tags().Replace(html.Lines.ToString(), " "));
                    break;
                case CodeBlock code:
                    AppendLine(text, code.Lines.ToString());
                    break;
                case { Inline: { } inline }:
                    inlines.Clear();
                    Append(inlines, inline);
                    AppendLine(text, inlines.Span);
                    break;
            }
        }

        var end = text.Span.TrimEnd('\n').Length;
        text.Truncate(end);
        return text.ToString();
    }

    public static string Of(ContainerInline container)
    {
        using var text = new TextBuffer(64);
        Append(text, container);
        return Collapse(text.Span);
    }

    /// <summary>
    /// The words of a text made by <see cref="Of(MarkdownAst, int)"/>, and its Chinese and Japanese characters, which
    /// are read one by one rather than as words between spaces: "日本とロシアの関係" is nine characters, not one word.
    /// A word is a run of other characters between white space and those characters, so a text with both counts both.
    /// </summary>
    public static (int Words, int CjkCharacters) ReadingLength(ReadOnlySpan<char> text)
    {
        var (words, cjk, inWord) = (0, 0, false);
        foreach (var c in text)
        {
            if (IsCjk(c))
            {
                cjk++;
                inWord = false;
            }
            else if (char.IsWhiteSpace(c) || IsCjkPunctuation(c) || char.IsLowSurrogate(c))
            {
                inWord = false;
            }
            else if (!inWord)
            {
                words++;
                inWord = true;
            }
        }

        return (words, cjk);
    }

    /// <summary>Han (with the rarer ideographs beyond the first plane: their high surrogate counts once), hiragana, katakana.</summary>
    private static bool IsCjk(char c) =>
        c is (>= '\u4E00' and <= '\u9FFF') or (>= '\u3400' and <= '\u4DBF') or (>= '\uF900' and <= '\uFAFF')
            or (>= '\u3040' and <= '\u30FF') or (>= '\u31F0' and <= '\u31FF') or (>= '\uFF66' and <= '\uFF9F')
            or (>= '\uD840' and <= '\uD87F');

    /// <summary>Ideographic spaces, commas and full stops, brackets and full-width forms: they end a word, as a space does.</summary>
    private static bool IsCjkPunctuation(char c) => c is (>= '\u3000' and <= '\u303F') or (>= '\uFF00' and <= '\uFF65');

    /// <summary>Every run of white space as one space, none at either end.</summary>
    public static string Collapse(ReadOnlySpan<char> text)
    {
        using var collapsed = new TextBuffer(text.Length);
        AppendCollapsed(collapsed, text);
        return collapsed.ToString();
    }

    private static void Append(TextBuffer text, Inline inline)
    {
        switch (inline)
        {
            case LiteralInline literal:
                text.Append(literal.Content.AsSpan());
                break;
            case CodeInline code:
                text.Append(code.Content);
                break;
            case HtmlEntityInline entity:
                // "&#14;" decodes to a control character, which the search index and feeds must not carry.
                text.Append(Reader.Content.UnsafeCharacters.Remove(entity.Transcoded.ToString()).AsSpan());
                break;
            case AutolinkInline link:
                text.Append(link.Url);
                break;
            case LineBreakInline:
                text.Append(' ');
                break;
            case ContainerInline container:
                foreach (var child in container)
                {
                    Append(text, child);
                }

                break;
        }
    }

    private static void AppendLine(TextBuffer text, ReadOnlySpan<char> line)
    {
        if (AppendCollapsed(text, line))
        {
            text.Append('\n');
        }
    }

    /// <summary>Appends the text with its white space collapsed (the work a <c>\s+</c> replace and a trim did); false when it is all white space.</summary>
    private static bool AppendCollapsed(TextBuffer text, ReadOnlySpan<char> line)
    {
        var start = text.Length;
        for (var rest = line; NextWord(ref rest) is var word && !word.IsEmpty;)
        {
            if (text.Length > start)
            {
                text.Append(' ');
            }

            text.Append(word);
        }

        return text.Length > start;
    }

    /// <summary>The next run of characters that are not white space, and <paramref name="rest"/> moved past it; empty at the end.</summary>
    /// <remarks>
    /// One character at a time: words are short, and a vectorised search for the 25 white-space characters (a
    /// probabilistic one, as most are not ASCII) cost more to start on each word than this loop costs to finish it.
    /// </remarks>
    private static ReadOnlySpan<char> NextWord(ref ReadOnlySpan<char> rest)
    {
        var start = 0;
        while (start < rest.Length && IsWhiteSpace(rest[start]))
        {
            start++;
        }

        var end = start;
        while (end < rest.Length && !IsWhiteSpace(rest[end]))
        {
            end++;
        }

        var word = rest[start..end];
        rest = rest[end..];
        return word;
    }

    /// <summary>Exactly what <see cref="char.IsWhiteSpace(char)"/> accepts, the printable ASCII characters decided first.</summary>
    private static bool IsWhiteSpace(char c) => c is not (> ' ' and < '\u0085') && char.IsWhiteSpace(c);

    [GeneratedRegex("<[^>]*>")]
    private static partial Regex Tags();
}
