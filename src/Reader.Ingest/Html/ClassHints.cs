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

    public bool IsNegative(IElement element) => Matches(Tokens(element), _negative);

    public bool IsPositive(IElement element) => Matches(Tokens(element), _positive);

    /// <summary>Readability's class weight: −25 for a chrome word, +25 for a content word.</summary>
    public int Weight(IElement element)
    {
        var tokens = Tokens(element);
        if (tokens.Count == 0)
        {
            return 0;
        }

        return (Matches(tokens, _positive) ? 25 : 0) - (Matches(tokens, _negative) ? 25 : 0);
    }

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
