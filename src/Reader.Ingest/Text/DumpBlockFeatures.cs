using Reader.Ingest.Blocks;
using Reader.Ingest.Data;
using Reader.Ingest.Metadata;

namespace Reader.Ingest.Text;

/// <summary>
/// The features of each block of a text dump that the block classifier weighs: the text's own
/// (<see cref="ProseFeatures"/>, <see cref="BlockLexicon"/>), the block's shape as the dump laid it out (wrapped
/// lines filling the width, list entries, indents), where it stands (inside the run of prose that is the article, or
/// how far outside it), what each cleaning rule said of its lines, and the same few measures of its neighbours.
/// </summary>
public static class DumpBlockFeatures
{
    // Names of the measures of a block that its neighbours also see, as "previous_…" and "next_…".
    private static readonly string[] Neighbourly = ["prose", "stop_word_density", "log_words", "is_list", "kept_by_rules", "ends_sentence", "filled_lines", "single_short_line"];

    private static readonly string[] Shape =
    [
        "log_lines", "line_fill", "filled_lines", "is_list", "is_numbered_list", "log_words_per_item", "indent",
        "single_short_line", "heading_shaped", "prose", "form_fields", "position", "in_main_region",
        "log_distance_to_main", "in_prose_span", "before_title", "log_blocks_after_title", "kept_by_rules",
    ];

    // The rules whose verdicts are features, each saying something the classifier learns how far to trust; the
    // certain rules' lines are not in any block.
    private static readonly string[] Rules = [.. CleaningPipeline.Rules.Where(r => !r.IsCertain).Select(r => r.Name)];

    public static IReadOnlyList<string> Names { get; } =
    [
        .. ProseFeatures.Names, .. BlockLexicon.Names, .. Shape, .. Rules.Select(r => "removed_by_" + r),
        .. Neighbourly.Select(n => "previous_" + n), .. Neighbourly.Select(n => "next_" + n),
    ];

    /// <summary>Where the lexicon's features start in a row.</summary>
    public static int LexiconAt => ProseFeatures.Names.Count;

    // Dumps wrap prose at a fixed width; a page's width is read off its long lines, never below this.
    private const int MinWrapWidth = 60;

    // A line this share of the width or longer was wrapped, so it is running text.
    private const double FilledLine = 0.75;

    // In the search for the main region, non-prose text counts against a region by this share of its length.
    private const double NonProsePenalty = 0.3;

    private const int ShortLine = 60;

    public static double[][] Compute(TextDocument document, IReadOnlyList<TextBlock> blocks, BlockLexicon lexicon)
    {
        var texts = blocks.Select(b => b.Text).ToArray();
        var stopWords = StopWords.Of(PageLanguage.Detect(string.Join('\n', texts)));
        var width = WrapWidth(document);
        var counts = texts.GroupBy(t => t, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var prose = blocks.Select(b => !b.StartsWithBullet && LineShape.IsProse(b.Text)).ToArray();
        var (mainStart, mainEnd) = MainRegion(texts, prose);
        var firstProse = Array.IndexOf(prose, true);
        var lastProse = Array.LastIndexOf(prose, true);
        var total = Math.Max(1, texts.Sum(t => t.Length));
        var rules = Rules.Select((r, i) => (r, i)).ToDictionary(p => p.r, p => p.i, StringComparer.Ordinal);

        // The first block below the title line: an article starts there, and teasers lie far below it.
        var afterTitle = document.TitleIndex < 0 ? -1 : blocks.Select((b, j) => (b, j)).FirstOrDefault(p => p.b.Start > document.TitleIndex, (null!, -1)).Item2;

        var proseCount = ProseFeatures.Names.Count;
        var lexiconAt = proseCount;
        var shapeAt = lexiconAt + BlockLexicon.Names.Count;
        var rulesAt = shapeAt + Shape.Length;
        var neighboursAt = rulesAt + Rules.Length;
        var rows = new double[blocks.Count][];
        var offset = 0;
        for (var j = 0; j < blocks.Count; j++)
        {
            var block = blocks[j];
            var text = texts[j];
            var row = new double[Names.Count];
            ProseFeatures.Compute(text, stopWords, counts[text] > 1, row);
            lexicon.Features(text, row.AsSpan(lexiconAt));

            var lengths = block.Lines.Select(l => l.Raw.TrimEnd().Length).ToArray();
            var items = block.Lines.Count(l => l.IsBullet);
            var words = LineShape.WordCount(text);
            var distance = j < mainStart ? mainStart - j : j > mainEnd ? j - mainEnd : 0;
            var shape = row.AsSpan(shapeAt);
            shape[0] = Math.Log(block.Lines.Count);
            shape[1] = lengths.Average() / width;
            shape[2] = lengths.Length > 1 ? lengths[..^1].Count(l => l >= FilledLine * width) / (double)(lengths.Length - 1) : 0;
            shape[3] = block.StartsWithBullet ? 1 : 0;
            shape[4] = block.StartsWithBullet && char.IsAsciiDigit(block.Lines[0].Bullet![0]) ? 1 : 0;
            shape[5] = items == 0 ? 0 : Math.Log(1 + (words / (double)items));
            shape[6] = Math.Min(8, block.Lines[0].Indent) / 8.0;
            shape[7] = block.Lines.Count == 1 && text.Length <= ShortLine ? 1 : 0;
            shape[8] = block.Lines.Count == 1 && LineShape.IsHeadingShaped(text) ? 1 : 0;
            shape[9] = prose[j] ? 1 : 0;
            shape[10] = Math.Min(5, text.Count(c => c == '[')) / 5.0;
            shape[11] = offset / (double)total;
            shape[12] = distance == 0 && mainEnd >= 0 ? 1 : 0;
            shape[13] = Math.Log(1 + (mainEnd < 0 ? blocks.Count : distance));
            shape[14] = firstProse >= 0 && j >= firstProse && j <= lastProse ? 1 : 0;
            shape[15] = document.TitleIndex >= 0 && block.End <= document.TitleIndex ? 1 : 0;
            shape[16] = afterTitle >= 0 && j >= afterTitle ? Math.Log(2 + j - afterTitle) : 0;
            shape[17] = block.Lines.Count(l => l.IsKept) / (double)block.Lines.Count;
            foreach (var line in block.Lines)
            {
                if (line.RemovedBy is { } rule && rules.TryGetValue(rule, out var index))
                {
                    row[rulesAt + index] += 1.0 / block.Lines.Count;
                }
            }

            offset += text.Length;
            rows[j] = row;
        }

        var own = Neighbourly.Select(n => Names.IndexOf(n)).ToArray();
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

    private static int IndexOf(this IReadOnlyList<string> names, string name)
    {
        for (var i = 0; i < names.Count; i++)
        {
            if (names[i] == name)
            {
                return i;
            }
        }

        throw new ArgumentException($"no feature named {name}", nameof(name));
    }

    /// <summary>The width the dump wrapped its text at: the 95th percentile of its line lengths.</summary>
    private static int WrapWidth(TextDocument document)
    {
        var lengths = document.Lines.Where(l => !l.IsBlank).Select(l => l.Raw.TrimEnd().Length).Order().ToArray();
        return lengths.Length == 0 ? MinWrapWidth : Math.Max(MinWrapWidth, lengths[(int)(lengths.Length * 0.95)]);
    }

    /// <summary>
    /// The run of blocks richest in prose: the largest sum over a run, prose counting its length and other text
    /// a share of its length against it. An article's body is that run; teasers below it are short and far apart.
    /// </summary>
    private static (int Start, int End) MainRegion(string[] texts, bool[] prose)
    {
        var best = double.MinValue;
        (int, int) region = (0, -1);
        double sum = 0;
        var start = 0;
        for (var j = 0; j < texts.Length; j++)
        {
            var value = prose[j] ? texts[j].Length : -NonProsePenalty * texts[j].Length;
            if (sum <= 0)
            {
                sum = value;
                start = j;
            }
            else
            {
                sum += value;
            }

            if (sum > best)
            {
                best = sum;
                region = (start, j);
            }
        }

        return best > 0 ? region : (0, -1);
    }
}
