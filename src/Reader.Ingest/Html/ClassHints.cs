using AngleSharp.Dom;
using Reader.Ingest.Data;

namespace Reader.Ingest.Html;

/// <summary>
/// Reads an element's class and id for hints of what it holds, with the word lists in
/// <c>Data/html-negative-words.txt</c> and <c>Data/html-positive-words.txt</c>.
/// </summary>
public sealed class ClassHints
{
    private const int AtomicTokenMaxLength = 2;
    private const int Negative = 1;
    private const int Positive = 2;
    private readonly ClassWordMatcher _words;

    public ClassHints(IEnumerable<string> negative, IEnumerable<string> positive) => _words = new ClassWordMatcher([negative, positive]);

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

    // Pages repeat the same class attributes on hundreds of elements, and give unique ids to as many ("comment-4711"):
    // each distinct class and each distinct id is read once, and an element's hints are the two put together.
    private readonly ThreadLocal<Dictionary<string, Hints>> _known = new(() => new Dictionary<string, Hints>(StringComparer.Ordinal));

    public Hints Of(IElement element)
    {
        var (className, id) = (element.ClassName, element.Id);
        var ofClass = string.IsNullOrEmpty(className) ? None : Read(className);
        var ofId = string.IsNullOrEmpty(id) ? None : Read(id);
        return ofId == None ? ofClass : ofClass == None ? ofId
            : new Hints([.. ofClass.Tokens, .. ofId.Tokens], ofClass.Negative || ofId.Negative, ofClass.Positive || ofId.Positive);
    }

    private Hints Read(string attribute)
    {
        var cache = _known.Value!;
        if (cache.TryGetValue(attribute, out var known))
        {
            return known;
        }

        var tokens = Tokens(attribute);
        var bits = _words.Bits(tokens);
        known = tokens.Count == 0 ? None : new Hints([.. tokens], (bits & Negative) != 0, (bits & Positive) != 0);

        // A bound on what generated class names and ids can make the cache hold across a long batch.
        if (cache.Count >= MaxKnown)
        {
            cache.Clear();
        }

        cache[attribute] = known;

        return known;
    }

    private const int MaxKnown = 100_000;

    /// <summary>"post-meta entry__byline" → post, meta, post-meta, entry, byline: the parts and the hyphenated whole.</summary>
    public static List<string> Tokens(IElement element) => [.. Tokens(element.ClassName), .. Tokens(element.Id)];

    private static List<string> Tokens(string? value)
    {
        var tokens = new List<string>();
        if (string.IsNullOrEmpty(value))
        {
            return tokens;
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

        return tokens;
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
}
