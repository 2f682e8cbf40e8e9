using System.Collections.Frozen;
using Reader.Ingest.Blocks;

namespace Reader.Train;

/// <summary>
/// Learns <see cref="BlockLexicon"/> weights: each word's smoothed log odds of standing in an article block rather
/// than a boilerplate block, for words seen on at least <see cref="MinPages"/> pages (so no topic's words count).
/// </summary>
internal static class LexiconLearner
{
    public const int MinPages = 5;

    /// <summary>The lexicon of the blocks' words.</summary>
    public static BlockLexicon Words(IEnumerable<LabelledPage> pages) =>
        Learn(pages, (page, j) => Reader.Ingest.Text.Words.Lower(page.Texts[j]).Where(w => !BlockLexicon.IsNumber(w)).Distinct());

    /// <summary>The lexicon of the class and id words around the blocks.</summary>
    public static BlockLexicon Classes(IEnumerable<LabelledPage> pages) => Learn(pages, (page, j) => page.Classes.Length == 0 ? [] : page.Classes[j].Distinct());

    private static BlockLexicon Learn(IEnumerable<LabelledPage> pages, Func<LabelledPage, int, IEnumerable<string>> tokens)
    {
        var article = new Dictionary<string, int>(StringComparer.Ordinal);
        var boilerplate = new Dictionary<string, int>(StringComparer.Ordinal);
        var seenOn = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        var (articleBlocks, boilerplateBlocks) = (0, 0);
        foreach (var page in pages)
        {
            for (var j = 0; j < page.Texts.Length; j++)
            {
                if (page.Labels[j] is not { } label)
                {
                    continue;
                }

                var counts = label == 1 ? article : boilerplate;
                articleBlocks += label;
                boilerplateBlocks += 1 - label;
                foreach (var word in tokens(page, j))
                {
                    counts[word] = counts.GetValueOrDefault(word) + 1;
                    if (!seenOn.TryGetValue(word, out var ids))
                    {
                        seenOn[word] = ids = new HashSet<string>(StringComparer.Ordinal);
                    }

                    ids.Add(page.Id);
                }
            }
        }

        var weights = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var (word, ids) in seenOn)
        {
            if (ids.Count < MinPages)
            {
                continue;
            }

            var inArticle = (article.GetValueOrDefault(word) + 1.0) / (articleBlocks + 2.0);
            var inBoilerplate = (boilerplate.GetValueOrDefault(word) + 1.0) / (boilerplateBlocks + 2.0);
            weights[word] = Math.Round(Math.Log(inArticle / inBoilerplate), 3);
        }

        return new BlockLexicon(weights.ToFrozenDictionary(StringComparer.Ordinal));
    }
}
