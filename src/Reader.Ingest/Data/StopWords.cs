using System.Collections.Frozen;

namespace Reader.Ingest.Data;

/// <summary>
/// The function words of each language (<c>Data/stop-words.txt</c>): the share of them in a block says how much it
/// reads like running prose (jusText's stop-word density), and their counts over a page tell its language.
/// </summary>
public static class StopWords
{
    private static readonly Lazy<FrozenDictionary<string, FrozenSet<string>>> Lists = new(Load);

    public static IReadOnlyCollection<string> Languages => Lists.Value.Keys;

    /// <summary>The stop words of <paramref name="language"/>, or an empty set for a language without a list.</summary>
    public static FrozenSet<string> Of(string? language) =>
        language is not null && Lists.Value.TryGetValue(language, out var set) ? set : FrozenSet<string>.Empty;

    private static FrozenDictionary<string, FrozenSet<string>> Load()
    {
        var lists = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        HashSet<string>? current = null;
        foreach (var line in PhraseList.ReadLines("stop-words.txt"))
        {
            if (line.StartsWith("==", StringComparison.Ordinal))
            {
                current = [];
                lists[line[2..].Trim()] = current;
                continue;
            }

            foreach (var word in line.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                current?.Add(word);
            }
        }

        return lists.ToFrozenDictionary(p => p.Key, p => p.Value.ToFrozenSet(StringComparer.Ordinal), StringComparer.Ordinal);
    }
}
