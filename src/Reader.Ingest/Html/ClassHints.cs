using AngleSharp.Dom;
using Reader.Ingest.Data;

namespace Reader.Ingest.Html;

/// <summary>
/// Reads an element's class and id for hints of what it holds, with the word lists in
/// <c>Data/html-negative-words.txt</c> and <c>Data/html-positive-words.txt</c>.
/// </summary>
public sealed class ClassHints
{
    private const int ExactMatchMaxLength = 3;
    private const int AtomicTokenMaxLength = 2;
    private readonly string[] _negative;
    private readonly string[] _positive;

    public ClassHints(IEnumerable<string> negative, IEnumerable<string> positive)
    {
        _negative = [.. negative.Select(w => w.ToLowerInvariant())];
        _positive = [.. positive.Select(w => w.ToLowerInvariant())];
    }

    public static ClassHints Default { get; } = new(HtmlData.NegativeWords, HtmlData.PositiveWords);

    public bool IsNegative(IElement element) => Of(element).Negative;

    public bool IsPositive(IElement element) => Of(element).Positive;

    /// <summary>Readability's class weight: −25 for a chrome word, +25 for a content word.</summary>
    public int Weight(IElement element)
    {
        var hints = Of(element);
        return (hints.Positive ? 25 : 0) - (hints.Negative ? 25 : 0);
    }

    /// <summary>What an element's class and id say: their words, and whether a chrome or a content word is among them.</summary>
    public sealed record Hints(string[] Tokens, bool Negative, bool Positive);

    private static readonly Hints None = new([], false, false);

    // Pages repeat the same class attributes on hundreds of elements: each distinct class and id is read once.
    private readonly System.Collections.Concurrent.ConcurrentDictionary<(string, string), Hints> _known = new();

    public Hints Of(IElement element)
    {
        var (className, id) = (element.ClassName ?? "", element.Id ?? "");
        if (className.Length == 0 && id.Length == 0)
        {
            return None;
        }

        if (_known.TryGetValue((className, id), out var known))
        {
            return known;
        }

        var tokens = Tokens(element).ToArray();
        known = new Hints(tokens, Matches(tokens, _negative), Matches(tokens, _positive));

        // A bound on what one page's generated class names can make the cache hold across a long batch.
        if (_known.Count < MaxKnown)
        {
            _known[(className, id)] = known;
        }

        return known;
    }

    private const int MaxKnown = 100_000;

    /// <summary>"post-meta entry__byline" → post, meta, post-meta, entry, byline: the parts and the hyphenated whole.</summary>
    public static List<string> Tokens(IElement element)
    {
        var tokens = new List<string>();
        Add(element.ClassName);
        Add(element.Id);
        return tokens;

        void Add(string? value)
        {
            if (string.IsNullOrEmpty(value))
            {
                return;
            }

            var words = value.ToLowerInvariant().Split([' ', '\t', '\n'], StringSplitOptions.RemoveEmptyEntries);
            var generated = IsAtomicCss(words);
            foreach (var word in words)
            {
                if (generated && word.Length <= AtomicTokenMaxLength)
                {
                    continue;
                }

                tokens.Add(word.Replace("__", "-", StringComparison.Ordinal));
                var parts = word.Split(['-', '_', ':', '.', '/'], StringSplitOptions.RemoveEmptyEntries);
                if (parts.Length > 1)
                {
                    tokens.AddRange(parts);
                }
            }
        }
    }

    // Medium and other atomic-CSS sites name classes "ch bg ad ga gb": generated two-letter tokens, one of which may
    // spell "ad". Three or more such tokens in one attribute mean none of them is a word.
    private static bool IsAtomicCss(string[] words)
    {
        var tiny = 0;
        foreach (var word in words)
        {
            tiny += word.Length <= AtomicTokenMaxLength ? 1 : 0;
        }

        return tiny >= 3;
    }

    /// <summary>One of the tokens is one of the words, matched as the hint lists are.</summary>
    public static bool Mentions(IReadOnlyList<string> tokens, string[] words) => Matches(tokens, words);

    private static bool Matches(IReadOnlyList<string> tokens, string[] words)
    {
        foreach (var token in tokens)
        {
            foreach (var word in words)
            {
                // Short words must be whole tokens ("ad" is not "address"); longer ones may start a token ("comments").
                if (word.Length <= ExactMatchMaxLength ? token == word : token.StartsWith(word, StringComparison.Ordinal))
                {
                    return true;
                }
            }
        }

        return false;
    }
}
