using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Reader.Content;
using MarkdownAst = Markdig.Syntax.MarkdownDocument;

namespace Reader.Site.Text;

/// <summary>
/// Links the first mention of each known person in a body (an author, or someone of <c>input/people/</c>) to their
/// page. Works on the Markdig tree, never on HTML, so it cannot land inside a link, a heading, code or raw HTML.
/// </summary>
/// <param name="pages">The page of each person, by key.</param>
public sealed class PersonMentionLinker(NameMatcher names, IReadOnlyDictionary<string, string> pages)
{
    /// <param name="skip">People not to link: those credited on this article.</param>
    public void Apply(MarkdownAst document, IReadOnlySet<string> skip)
    {
        if (names.IsEmpty)
        {
            return;
        }

        var linked = new HashSet<string>(skip, StringComparer.Ordinal);
        foreach (var block in document.Descendants<LeafBlock>())
        {
            if (block is HeadingBlock || block.Inline is null)
            {
                continue;
            }

            foreach (var literal in Literals(block.Inline).ToList())
            {
                LinkIn(literal, linked);
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

    private void LinkIn(LiteralInline literal, HashSet<string> linked)
    {
        while (names.Next(literal.Content.AsSpan(), 0, key => !linked.Contains(key)) is { } match)
        {
            var slice = literal.Content;
            var start = slice.Start + match.Index;
            var end = start + match.Length;
            if (match.Index > 0)
            {
                literal.InsertBefore(new LiteralInline(new Markdig.Helpers.StringSlice(slice.Text, slice.Start, start - 1)));
            }

            var link = new LinkInline(pages[match.Spelling.Key], "") { IsClosed = true };
            link.AppendChild(new LiteralInline(slice.Text.Substring(start, match.Length)));
            link.GetAttributes().AddClass("person-mention");
            literal.InsertBefore(link);
            literal.Content = new Markdig.Helpers.StringSlice(slice.Text, end, slice.End);
            linked.Add(match.Spelling.Key);
        }
    }
}
