using System.Buffers;
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

    // The first letters of the first words: most words of a text start with none of them and are skipped unread.
    private readonly SearchValues<char> _initials;

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
        _initials = SearchValues.Create([.. _byFirstWord.Keys.Select(w => w[0]).Distinct().Order()]);
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
        for (var i = text.IndexOfAny(_initials); i >= 0; i = Next(text, i))
        {
            // Only a word's first letter starts a mention.
            if (i > 0 && char.IsLetterOrDigit(text[i - 1]))
            {
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
        }

        return null;
    }

    /// <summary>The next place after <paramref name="from"/> where a first word's first letter stands, or -1.</summary>
    private int Next(ReadOnlySpan<char> text, int from)
    {
        var next = text[(from + 1)..].IndexOfAny(_initials);
        return next < 0 ? -1 : from + 1 + next;
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
