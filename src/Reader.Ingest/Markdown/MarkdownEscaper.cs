using System.Text;
using System.Text.RegularExpressions;

namespace Reader.Ingest.Markdown;

/// <summary>
/// Escapes page text so that, rendered as Markdown, it shows exactly the page's words: characters that
/// could open emphasis, code, links, HTML or math are escaped, and so are line starts that would begin
/// a heading, quote, list or code fence.
/// </summary>
public static partial class MarkdownEscaper
{
    public static string Escape(string text, bool atLineStart = true)
    {
        var builder = new StringBuilder(text.Length + 8);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var previous = i > 0 ? text[i - 1] : ' ';
            var next = i + 1 < text.Length ? text[i + 1] : ' ';
            var escape = c switch
            {
                '\\' or '*' or '`' or '[' or ']' or '~' or '$' or '^' => true,

                // snake_case words stay as they are: an underscore inside a word cannot open emphasis.
                '_' => !char.IsLetterOrDigit(previous) || !char.IsLetterOrDigit(next),
                '<' => char.IsLetter(next) || next is '/' or '!' or '?',
                '&' => EntityAhead().IsMatch(text.AsSpan(i)),
                _ => false,
            };
            if (escape)
            {
                builder.Append('\\');
            }

            builder.Append(c);
        }

        var escaped = builder.ToString();
        return atLineStart ? EscapeLineStart(escaped) : escaped;
    }

    /// <summary>Heading text: as <see cref="Escape"/>, plus trailing <c>#</c> that would read as a closing sequence.</summary>
    public static string EscapeHeading(string text)
    {
        var escaped = Escape(text, atLineStart: false);
        var hashes = escaped.Length - escaped.TrimEnd('#').Length;
        return hashes == 0 ? escaped : escaped[..^hashes] + "\\" + escaped[^hashes..];
    }

    /// <summary>Escapes only what would make the start of an already-escaped line a heading, quote or list marker.</summary>
    public static string EscapeBlockStart(string line) => EscapeLineStart(line);

    private static string EscapeLineStart(string text)
    {
        var ordered = OrderedListStart().Match(text);
        if (ordered.Success)
        {
            return text[..ordered.Groups["digits"].Length] + "\\" + text[ordered.Groups["digits"].Length..];
        }

        if (text.Length > 0 && text[0] is '#' or '>' || (text.Length > 1 && text[0] is '-' or '+' && char.IsWhiteSpace(text[1])))
        {
            return "\\" + text;
        }

        return text is "-" or "+" ? "\\" + text : text;
    }

    [GeneratedRegex(@"^&#?[A-Za-z0-9]+;")]
    private static partial Regex EntityAhead();

    [GeneratedRegex(@"^(?<digits>\d{1,9})[.)](?:\s|$)")]
    private static partial Regex OrderedListStart();
}
