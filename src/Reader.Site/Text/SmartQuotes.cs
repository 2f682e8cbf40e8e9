using System.Text;
using Markdig.Helpers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using MarkdownAst = Markdig.Syntax.MarkdownDocument;

namespace Reader.Site.Text;

/// <summary>
/// Typographic quotes and apostrophes for straight ones. Scraped text mixes the two ("Japan’s" beside "Tokyo's"),
/// which a typographer notices at once; curling them where the site shows them (bodies, titles, summaries) makes
/// one style throughout. Code and raw HTML are left as written.
/// </summary>
public static class SmartQuotes
{
    /// <summary>The text with each straight quote curled by what stands before it.</summary>
    public static string Curl(string text) => text.AsSpan().IndexOfAny('"', '\'') < 0 ? text : Curl(text, '\0');

    /// <param name="before">The character before the text (a previous inline's last one), or '\0' at the start.</param>
    private static string Curl(string text, char before)
    {
        var builder = new StringBuilder(text.Length);
        var previous = before;
        foreach (var c in text)
        {
            var opening = previous == '\0' || char.IsWhiteSpace(previous) || previous is '(' or '[' or '{' or '—' or '–' or '-' or '/' or '“' or '‘';
            builder.Append(c switch
            {
                '"' => opening ? '“' : '”',
                '\'' => opening ? '‘' : '’',
                _ => c,
            });
            previous = c;
        }

        // An apostrophe opening an abbreviated year ("'90s") is an apostrophe, not an opening quote.
        for (var i = 0; i + 2 < builder.Length; i++)
        {
            if (builder[i] == '‘' && char.IsAsciiDigit(builder[i + 1]) && char.IsAsciiDigit(builder[i + 2]))
            {
                builder[i] = '’';
            }
        }

        return builder.ToString();
    }

    /// <summary>Curls the quotes of every run of text in a parsed body, each paragraph or heading read as one line.</summary>
    public static void Apply(MarkdownAst document)
    {
        foreach (var block in document.Descendants<LeafBlock>())
        {
            if (block.Inline is { } inline)
            {
                var previous = '\0';
                Apply(inline, ref previous);
            }
        }
    }

    private static void Apply(ContainerInline container, ref char previous)
    {
        foreach (var inline in container)
        {
            switch (inline)
            {
                case LiteralInline literal:
                    var text = literal.Content.ToString();
                    if (text.AsSpan().IndexOfAny('"', '\'') >= 0)
                    {
                        literal.Content = new StringSlice(Curl(text, previous));
                    }

                    previous = text.Length > 0 ? text[^1] : previous;
                    break;
                case CodeInline or HtmlInline or AutolinkInline:
                    previous = 'x';
                    break;
                case LineBreakInline:
                    previous = ' ';
                    break;
                case ContainerInline child:
                    Apply(child, ref previous);
                    break;
            }
        }
    }
}
