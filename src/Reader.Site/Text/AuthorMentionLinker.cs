using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using MarkdownAst = Markdig.Syntax.MarkdownDocument;

namespace Reader.Site.Text;

/// <summary>
/// Links the first mention of each known person in a body to their page. Works on the Markdig tree,
/// never on HTML, so it cannot land inside a link, a heading, code or raw HTML. Spellings are looked up by
/// their first word, so the cost grows with the length of the text, not with the number of people.
/// </summary>
public sealed class AuthorMentionLinker
{
    private readonly Dictionary<string, List<AuthorMention>> _byFirstWord = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<AuthorMention>>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    /// <param name="mentions">Longest first, so "Shinzō Abe" wins over "Abe" at the same place.</param>
    public AuthorMentionLinker(IReadOnlyList<AuthorMention> mentions)
    {
        foreach (var mention in mentions)
        {
            var first = FirstWord(mention.Text);
            if (first.Length > 0)
            {
                (_byFirstWord.TryGetValue(first, out var list) ? list : _byFirstWord[first] = []).Add(mention);
            }
        }

        _lookup = _byFirstWord.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <param name="skip">People not to link: those credited on this article.</param>
    public void Apply(MarkdownAst document, IReadOnlySet<string> skip)
    {
        if (_byFirstWord.Count == 0)
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
        while (FirstMatch(literal.Content.AsSpan(), linked) is { } match)
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

    /// <summary>The earliest whole-word mention of a person not linked yet; at one place, the longest spelling.</summary>
    private (int Index, AuthorMention Mention)? FirstMatch(ReadOnlySpan<char> text, HashSet<string> linked)
    {
        for (var i = 0; i < text.Length;)
        {
            if (!char.IsLetterOrDigit(text[i]))
            {
                i++;
                continue;
            }

            var end = i + 1;
            while (end < text.Length && char.IsLetterOrDigit(text[end]))
            {
                end++;
            }

            if (_lookup.TryGetValue(text[i..end], out var candidates))
            {
                foreach (var mention in candidates)
                {
                    var after = i + mention.Text.Length;
                    if (!linked.Contains(mention.PersonKey)
                        && text[i..].StartsWith(mention.Text, StringComparison.Ordinal)
                        && (after == text.Length || !char.IsLetterOrDigit(text[after])))
                    {
                        return (i, mention);
                    }
                }
            }

            i = end;
        }

        return null;
    }

    private static string FirstWord(string text)
    {
        var end = 0;
        while (end < text.Length && char.IsLetterOrDigit(text[end]))
        {
            end++;
        }

        return text[..end];
    }
}
