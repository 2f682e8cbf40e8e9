using System.Text.RegularExpressions;
using Reader.Ingest.Metadata;

namespace Reader.Ingest.Markdown;

/// <summary>
/// A publisher's introduction that opens the page in the third person ("…, notes Tokyo Foundation President Masahiro
/// Akiyama in an article originally published by …"): the editors' standfirst, not the author's first paragraph. It is
/// taken out of the body into the summary, which the site shows as the standfirst, set apart from the article.
/// </summary>
public static partial class EditorialStandfirst
{
    /// <summary>The body without the standfirst, and the standfirst; the body as it is and null when it has none.</summary>
    public static (IReadOnlyList<BodyBlock> Body, string? Standfirst) SetApart(IReadOnlyList<BodyBlock> blocks)
    {
        var first = blocks.Select((b, i) => (b, i)).FirstOrDefault(p => p.b.Kind is BodyBlockKind.Paragraph or BodyBlockKind.Question, (null!, -1)).Item2;
        if (first < 0 || blocks[first].Kind != BodyBlockKind.Paragraph || BylineParser.ParseAttribution(blocks[first].Text) is null)
        {
            return (blocks, null);
        }

        // Quoting someone is no proof: the introduction also says where the article appeared, or a break ends it.
        var breakAfter = first + 1 < blocks.Count && blocks[first + 1].Kind == BodyBlockKind.Break;
        if (!breakAfter && !Publication().IsMatch(blocks[first].Text))
        {
            return (blocks, null);
        }

        var body = blocks.Where((_, i) => i != first && !(breakAfter && i == first + 1)).ToList();
        return (body, blocks[first].Text);
    }

    [GeneratedRegex(@"\b(?:originally|first)\s+(?:published|appeared)\b|\breprinted\b", RegexOptions.IgnoreCase)]
    private static partial Regex Publication();
}
