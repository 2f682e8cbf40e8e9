using AngleSharp.Dom;
using Reader.Ingest.Blocks;
using Reader.Ingest.Data;
using Reader.Ingest.Metadata;

namespace Reader.Ingest.Html;

/// <summary>
/// The features of each block of an HTML page that the block classifier weighs: the text's own
/// (<see cref="ProseFeatures"/>, <see cref="BlockLexicon"/>), its link density, its element and the elements and
/// class words around it (<see cref="HtmlAncestry"/>), where it stands on the page, what the Readability-style
/// heuristics made of it (<see cref="HtmlVerdicts"/>), and a few measures of its neighbours.
/// </summary>
public static class HtmlBlockFeatures
{
    private static readonly string[] Tags = ["p", "div", "li", "td", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "figcaption", "dd", "dt", "span", "section", "article", "a"];

    private static readonly string[] Place =
    [
        "link_density", "position", "depth", "negative_ancestors", "positive_ancestors", "negative_near", "in_article_body",
        "in_main_role", "in_chrome_role", "hidden", "removed_as_chrome", "in_located_body", "kept_by_heuristics",
        "log_blocks_to_located_body", "before_located_body", "after_located_body", "log_same_class_blocks",
        "parent_link_density", "grandparent_link_density",
    ];

    // Measures of a block that its neighbours also see, as "previous_…" and "next_…".
    private static readonly string[] Neighbourly = ["kept_by_heuristics", "in_located_body", "stop_word_density", "log_words", "link_density", "ends_sentence"];

    public static IReadOnlyList<string> Names { get; } =
    [
        .. ProseFeatures.Names, .. BlockLexicon.Names, .. BlockLexicon.ClassNames, .. Place, .. Tags.Select(t => "tag_" + t),
        .. HtmlAncestry.Enclosing.Select(e => "inside_" + e), .. HtmlAncestry.Families.Select(f => "class_" + f),
        .. Neighbourly.Select(n => "previous_" + n), .. Neighbourly.Select(n => "next_" + n),
    ];

    /// <summary>Where the lexicon's features start in a row.</summary>
    public static int LexiconAt => ProseFeatures.Names.Count;

    /// <summary>Where the class lexicon's features start in a row.</summary>
    public static int ClassLexiconAt => LexiconAt + BlockLexicon.Names.Count;

    private const double MaxDepth = 30;

    public static double[][] Compute(IReadOnlyList<HtmlBlock> blocks, HtmlAncestry ancestry, HtmlVerdicts verdicts, BlockLexicon lexicon, BlockLexicon classLexicon, string? language)
    {
        var stated = StopWords.Of(language?.Split('-')[0].ToLowerInvariant());
        var stopWords = stated.Count > 0 ? stated : StopWords.Of(PageLanguage.Detect(string.Join('\n', blocks.Select(b => b.Text))));
        var counts = blocks.GroupBy(b => b.Text, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var total = Math.Max(1, blocks.Sum(b => b.Text.Length));
        var placeAt = ClassLexiconAt + BlockLexicon.ClassNames.Count;
        var tagsAt = placeAt + Place.Length;
        var enclosingAt = tagsAt + Tags.Length;
        var familiesAt = enclosingAt + HtmlAncestry.Enclosing.Count;
        var neighboursAt = familiesAt + HtmlAncestry.Families.Count;
        var (firstLocated, lastLocated) = (Array.IndexOf(verdicts.InLocatedBody, true), Array.LastIndexOf(verdicts.InLocatedBody, true));
        var toLocated = DistanceToNearest(verdicts.InLocatedBody);
        var signatures = blocks.Select(b => string.IsNullOrWhiteSpace(b.Owner.ClassName) ? null : b.Owner.LocalName + "." + b.Owner.ClassName).ToArray();
        var sameClass = signatures.Where(s => s is not null).GroupBy(s => s!, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var containers = ContainerSizes(blocks);
        var rows = new double[blocks.Count][];
        var offset = 0;
        for (var j = 0; j < blocks.Count; j++)
        {
            var block = blocks[j];
            var row = new double[Names.Count];
            ProseFeatures.Compute(block.Text, stopWords, counts[block.Text] > 1, row);
            lexicon.Features(block.Text, row.AsSpan(LexiconAt));
            classLexicon.Features(ancestry.ClassWords(block.Owner), row.AsSpan(ClassLexiconAt));
            var summary = ancestry.Of(block.Owner);
            var place = row.AsSpan(placeAt);
            place[0] = block.LinkLength / (double)block.Text.Length;
            place[1] = offset / (double)total;
            place[2] = Math.Min(MaxDepth, summary.Depth) / MaxDepth;
            place[3] = Math.Min(3, summary.Negative) / 3.0;
            place[4] = Math.Min(3, summary.Positive) / 3.0;
            place[5] = Math.Min(2, summary.NegativeNear) / 2.0;
            place[6] = summary.ArticleBody ? 1 : 0;
            place[7] = summary.MainRole ? 1 : 0;
            place[8] = summary.ChromeRole ? 1 : 0;
            place[9] = summary.Hidden ? 1 : 0;
            place[10] = verdicts.RemovedAsChrome[j] ? 1 : 0;
            place[11] = verdicts.InLocatedBody[j] ? 1 : 0;
            place[12] = verdicts.Kept[j] ? 1 : 0;
            place[13] = Math.Log(1 + toLocated[j]);
            place[14] = firstLocated >= 0 && j < firstLocated ? 1 : 0;
            place[15] = lastLocated >= 0 && j > lastLocated ? 1 : 0;
            place[16] = signatures[j] is { } signature ? Math.Log(sameClass[signature]) : 0;
            place[17] = LinkDensity(containers, block.Owner.ParentElement);
            place[18] = LinkDensity(containers, block.Owner.ParentElement?.ParentElement);
            var tag = Array.IndexOf(Tags, block.Owner.LocalName);
            if (tag >= 0)
            {
                row[tagsAt + tag] = 1;
            }

            for (var e = 0; e < HtmlAncestry.Enclosing.Count; e++)
            {
                row[enclosingAt + e] = (summary.Enclosed >> e) & 1;
            }

            for (var f = 0; f < HtmlAncestry.Families.Count; f++)
            {
                row[familiesAt + f] = (summary.Families >> f) & 1;
            }

            offset += block.Text.Length;
            rows[j] = row;
        }

        var own = Neighbourly.Select(n => IndexOf(n)).ToArray();
        for (var j = 0; j < rows.Length; j++)
        {
            for (var k = 0; k < own.Length; k++)
            {
                rows[j][neighboursAt + k] = j > 0 ? rows[j - 1][own[k]] : 0;
                rows[j][neighboursAt + own.Length + k] = j + 1 < rows.Length ? rows[j + 1][own[k]] : 0;
            }
        }

        return rows;
    }

    /// <summary>For each block, how many blocks away the nearest marked one is (the number of blocks when none is).</summary>
    private static int[] DistanceToNearest(bool[] marked)
    {
        var n = marked.Length;
        var distance = new int[n];
        var last = -1;
        for (var j = 0; j < n; j++)
        {
            last = marked[j] ? j : last;
            distance[j] = last < 0 ? n : j - last;
        }

        last = -1;
        for (var j = n - 1; j >= 0; j--)
        {
            last = marked[j] ? j : last;
            distance[j] = last < 0 ? distance[j] : Math.Min(distance[j], last - j);
        }

        return distance;
    }

    /// <summary>The text and link lengths of the blocks under each element, counted up to three levels above each block.</summary>
    private static Dictionary<IElement, (int Text, int Links)> ContainerSizes(IReadOnlyList<HtmlBlock> blocks)
    {
        var sizes = new Dictionary<IElement, (int Text, int Links)>();
        foreach (var block in blocks)
        {
            var element = block.Owner;
            for (var level = 0; level < 3 && element is not null; level++, element = element.ParentElement)
            {
                var (text, links) = sizes.GetValueOrDefault(element);
                sizes[element] = (text + block.Text.Length, links + block.LinkLength);
            }
        }

        return sizes;
    }

    private static double LinkDensity(Dictionary<IElement, (int Text, int Links)> sizes, IElement? element) =>
        element is not null && sizes.TryGetValue(element, out var size) && size.Text > 0 ? size.Links / (double)size.Text : 0;

    private static int IndexOf(string name)
    {
        for (var i = 0; i < Names.Count; i++)
        {
            if (Names[i] == name)
            {
                return i;
            }
        }

        throw new ArgumentException($"no feature named {name}", nameof(name));
    }
}
