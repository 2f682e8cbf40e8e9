using System.Text;
using System.Text.RegularExpressions;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using MarkdownAst = Markdig.Syntax.MarkdownDocument;

namespace Reader.Site.Text;

/// <summary>The readable text of a parsed body, one line per block: what search, word counts and similarity see.</summary>
public static partial class PlainText
{
    public static string Of(MarkdownAst document)
    {
        var text = new StringBuilder();
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
                    AppendLine(text, Of(inline));
                    break;
            }
        }

        return text.ToString().TrimEnd('\n');
    }

    public static string Of(ContainerInline container)
    {
        var text = new StringBuilder();
        Append(text, container);
        return Spaces().Replace(text.ToString(), " ").Trim();
    }

    public static int CountWords(string text) =>
        text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length;

    private static void Append(StringBuilder text, Inline inline)
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
                text.Append(entity.Transcoded.AsSpan());
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

    private static void AppendLine(StringBuilder text, string line)
    {
        var clean = Spaces().Replace(line, " ").Trim();
        if (clean.Length > 0)
        {
            text.Append(clean).Append('\n');
        }
    }

    [GeneratedRegex("<[^>]*>")]
    private static partial Regex Tags();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
