using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using MarkdownAst = Markdig.Syntax.MarkdownDocument;

namespace Reader.Site.Text;

/// <summary>
/// Gives every paragraph of a body an id made from its own text, so a link to a passage holds however the rest of the
/// article is edited: <c>p-</c> and the first eight hex digits of the SHA-256 of the paragraph's plain text. A paragraph
/// whose text (or hash) an earlier paragraph already has takes <c>-2</c>, <c>-3</c> … in document order.
/// </summary>
public static class PassageAnchors
{
    public const string Prefix = "p-";

    /// <summary>The CSS class of the link each paragraph carries to itself (shown on hover and focus).</summary>
    public const string LinkClass = "passage-link";

    /// <summary>Adds the ids; returns the paragraphs in order. Run after <see cref="HeadingAnchors.Apply"/>, whose ids it leaves alone.</summary>
    public static IReadOnlyList<Passage> Apply(MarkdownAst document)
    {
        var taken = new HashSet<string>(document.Descendants<HeadingBlock>().Select(h => h.TryGetAttributes()?.Id).OfType<string>(), StringComparer.Ordinal);
        var nextNumber = new Dictionary<string, int>(StringComparer.Ordinal);
        var passages = new List<Passage>();
        foreach (var paragraph in Paragraphs(document))
        {
            var text = PlainText.Of(paragraph.Inline!);
            if (text.Length == 0 || Holder(paragraph) is null)
            {
                continue;
            }

            // Each id remembers its next free number, so a body of many equal paragraphs costs linear time, not quadratic.
            var first = IdOf(text);
            var id = first;
            if (!taken.Add(id))
            {
                var n = nextNumber.GetValueOrDefault(first, 2);
                while (!taken.Add(id = $"{first}-{n.ToString(CultureInfo.InvariantCulture)}"))
                {
                    n++;
                }

                nextNumber[first] = n + 1;
            }

            Holder(paragraph)!.GetAttributes().Id = id;
            passages.Add(new Passage(id, text));
        }

        return passages;
    }

    /// <summary>The id a paragraph of this plain text gets, when no earlier paragraph has it.</summary>
    public static string IdOf(string plainText)
    {
        Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(Encoding.UTF8.GetBytes(plainText), hash);
        return Prefix + Convert.ToHexStringLower(hash[..4]);
    }

    /// <summary>
    /// Ends each paragraph that has an id with a link to itself: empty, named by <paramref name="label"/> for screen
    /// readers, drawn as "¶" by the stylesheet on hover and focus, so feed readers, which have no stylesheet, show nothing.
    /// </summary>
    /// <param name="language">The label's language where it differs from the article's, else null.</param>
    public static void AddLinks(MarkdownAst document, string label, string? language)
    {
        foreach (var paragraph in Paragraphs(document))
        {
            if (Holder(paragraph)?.TryGetAttributes()?.Id is not { } id || !id.StartsWith(Prefix, StringComparison.Ordinal))
            {
                continue;
            }

            var link = new LinkInline("#" + id, "") { IsClosed = true };
            var attributes = link.GetAttributes();
            attributes.AddClass(LinkClass);
            attributes.AddProperty("aria-label", label);
            if (language is not null)
            {
                attributes.AddProperty("lang", language);
            }

            paragraph.Inline!.AppendChild(new LiteralInline(" "));
            paragraph.Inline.AppendChild(link);
        }
    }

    /// <summary>
    /// The block that carries a paragraph's id: the paragraph itself, or, in a tight list, whose paragraphs are written
    /// without &lt;p&gt; (and so without their attributes), its list item; null for a later paragraph of such an item.
    /// </summary>
    private static Block? Holder(ParagraphBlock paragraph) =>
        paragraph.Parent is ListItemBlock { Parent: ListBlock { IsLoose: false } } item
            ? item.IndexOf(paragraph) == 0 ? item : null
            : paragraph;

    /// <summary>Paragraphs with text, in order, leaving out footnotes (Markdig gives those ids of their own).</summary>
    private static IEnumerable<ParagraphBlock> Paragraphs(MarkdownAst document) =>
        document.Descendants<ParagraphBlock>().Where(p => p.Inline is not null && !InFootnote(p));

    private static bool InFootnote(Block block)
    {
        for (var parent = block.Parent; parent is not null; parent = parent.Parent)
        {
            if (parent is Markdig.Extensions.Footnotes.Footnote)
            {
                return true;
            }
        }

        return false;
    }
}
