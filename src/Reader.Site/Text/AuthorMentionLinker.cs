using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using MarkdownAst = Markdig.Syntax.MarkdownDocument;

namespace Reader.Site.Text;

/// <summary>
/// Links the first mention of each known person in a body to their page. Works on the Markdig tree,
/// never on HTML, so it cannot land inside a link, a heading, code or raw HTML.
/// </summary>
public static class AuthorMentionLinker
{
    /// <param name="mentions">Longest first, so "Shinzō Abe" wins over "Abe" at the same place.</param>
    /// <param name="skip">People not to link: those credited on this article.</param>
    public static void Apply(MarkdownAst document, IReadOnlyList<AuthorMention> mentions, IReadOnlySet<string> skip)
    {
        var linked = new HashSet<string>(skip, StringComparer.Ordinal);
        foreach (var block in document.Descendants<LeafBlock>())
        {
            if (block is HeadingBlock || block.Inline is null)
            {
                continue;
            }

            foreach (var literal in Literals(block.Inline).ToList())
            {
                LinkIn(literal, mentions, linked);
            }
        }
    }

    private static IEnumerable<LiteralInline> Literals(ContainerInline container)
    {
        foreach (var inline in container)
        {
            if (inline is LiteralInline literal)
            {
                yield return literal;
            }
            else if (inline is ContainerInline child and not LinkInline)
            {
                foreach (var nested in Literals(child))
                {
                    yield return nested;
                }
            }
        }
    }

    private static void LinkIn(LiteralInline literal, IReadOnlyList<AuthorMention> mentions, HashSet<string> linked)
    {
        while (FirstMatch(literal.Content.ToString(), mentions, linked) is { } match)
        {
            var (index, mention) = match;
            var slice = literal.Content;
            var start = slice.Start + index;
            var end = start + mention.Text.Length;
            if (index > 0)
            {
                literal.InsertBefore(new LiteralInline(new Markdig.Helpers.StringSlice(slice.Text, slice.Start, start - 1)));
            }

            var link = new LinkInline(mention.Url, "") { IsClosed = true };
            link.AppendChild(new LiteralInline(mention.Text));
            link.GetAttributes().AddClass("person-mention");
            literal.InsertBefore(link);
            literal.Content = new Markdig.Helpers.StringSlice(slice.Text, end, slice.End);
            linked.Add(mention.PersonKey);
        }
    }

    private static (int Index, AuthorMention Mention)? FirstMatch(string text, IReadOnlyList<AuthorMention> mentions, HashSet<string> linked)
    {
        (int Index, AuthorMention Mention)? best = null;
        foreach (var mention in mentions)
        {
            if (linked.Contains(mention.PersonKey))
            {
                continue;
            }

            var index = WholeWordIndex(text, mention.Text);
            if (index >= 0 && (best is null || index < best.Value.Index))
            {
                best = (index, mention);
            }
        }

        return best;
    }

    private static int WholeWordIndex(string text, string word)
    {
        for (var index = text.IndexOf(word, StringComparison.Ordinal); index >= 0; index = text.IndexOf(word, index + 1, StringComparison.Ordinal))
        {
            var end = index + word.Length;
            var startsWord = index == 0 || !char.IsLetterOrDigit(text[index - 1]);
            var endsWord = end == text.Length || !char.IsLetterOrDigit(text[end]);
            if (startsWord && endsWord)
            {
                return index;
            }
        }

        return -1;
    }
}
