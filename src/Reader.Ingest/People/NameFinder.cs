using System.Text.RegularExpressions;
using Reader.Content;
using Reader.Ingest.Data;

namespace Reader.Ingest.People;

/// <summary>
/// Finds what look like people's names in a text, by shape alone, with no list of names: a run of two to four
/// capitalised words in Latin or Cyrillic script (initials included), cut after the last title word in it
/// ("Russian President Vladimir Putin" gives "Vladimir Putin"), and a single capitalised word after a title
/// ("President Putin", "президент Путин"). A run that holds a word of a place or body ("Tokyo Foundation",
/// "Cold War") is not a name; nor is a single word without a title, or a run that is all function words.
/// </summary>
public sealed partial class NameFinder(NameWords words)
{
    private const int LongestName = 4;

    private static readonly Lazy<HashSet<string>> FunctionWords = new(() =>
        [.. StopWords.Languages.SelectMany(StopWords.Of)]);

    public IReadOnlyList<FoundName> Find(string text)
    {
        var found = new List<FoundName>();
        var tokens = Tokens(Plain(text));
        for (var i = 0; i < tokens.Count; i++)
        {
            if (!tokens[i].Capitalised)
            {
                continue;
            }

            var end = i + 1;
            while (end < tokens.Count && tokens[end].Capitalised && tokens[end].Cyrillic == tokens[i].Cyrillic && tokens[end].JoinedToPrevious)
            {
                end++;
            }

            Read(tokens, i, end, found);
            i = end - 1;
        }

        return found;
    }

    /// <summary>Reads the run of capitalised words <c>[start, end)</c>.</summary>
    private void Read(List<Token> tokens, int start, int end, List<FoundName> found)
    {
        var run = tokens[start..end];

        // Whatever comes up to the last title word is the title; a lower-case title before the run counts too.
        var lastTitle = run.FindLastIndex(t => words.Titles.Contains(t.Lower));
        var titled = lastTitle >= 0 || (start > 0 && tokens[start].JoinedToPrevious && words.Titles.Contains(tokens[start - 1].Lower));
        var name = run[(lastTitle + 1)..];

        // A capitalised function word starts a sentence ("In Moscow"); after a title it is a name ("Premier Li Keqiang").
        while (name.Count > 0 && (name[0].Lower.Length == 0 || (!titled && FunctionWords.Value.Contains(name[0].Lower))))
        {
            name = name[1..];
        }

        if (name.Count == 0 || name.Count > LongestName || name.Any(t => words.NotNames.Contains(t.Lower) || words.Titles.Contains(t.Lower)) || name.All(t => t.IsInitial))
        {
            return;
        }

        if (name.Count == 1 && (!titled || name[0].IsInitial))
        {
            return;
        }

        var cyrillic = name[0].Cyrillic;
        var display = string.Join(' ', name.Select(t => t.Text));
        var key = PersonName.Key(cyrillic ? string.Join(' ', name.Select(t => Stem(t.Text))) : display);
        if (key.Length > 0)
        {
            found.Add(new FoundName(display, key, titled ? "after a title" : cyrillic ? "Cyrillic words" : "capitalised words"));
        }
    }

    /// <summary>A Russian name without its case ending, so "Трампа" and "Трамп" are one name.</summary>
    public static string Stem(string word)
    {
        foreach (var ending in new[] { "ого", "его", "ому", "ему", "ым", "им", "ом", "ем", "ой", "ей", "а", "я", "у", "ю", "е", "ы", "и" })
        {
            if (word.Length > ending.Length + 3 && word.EndsWith(ending, StringComparison.Ordinal))
            {
                return word[..^ending.Length];
            }
        }

        return word;
    }

    /// <summary>The words of a text, each knowing whether only a space joins it to the word before.</summary>
    private static List<Token> Tokens(string text)
    {
        var tokens = new List<Token>();
        var previousEnd = -1;
        foreach (Match match in Word().Matches(text))
        {
            var raw = match.Value;
            var initial = InitialPattern().IsMatch(raw);
            var word = initial ? raw : Possessive().Replace(raw.TrimEnd('.', '-'), "");

            // A full stop or a possessive ends a run of name words: "… Moscow. Putin …", "Abe’s Cabinet".
            var closes = !initial && word != raw;
            var joined = tokens.Count > 0 && match.Index - previousEnd == 1 && text[previousEnd] == ' ' && !tokens[^1].Closes;
            tokens.Add(new Token(word, word.ToLowerInvariant(), word.Length > 0 && char.IsUpper(word[0]), word.Any(c => c is >= 'Ѐ' and <= 'ӿ'), initial, joined, closes));
            previousEnd = match.Index + match.Length;
        }

        return tokens;
    }

    /// <summary>The text without Markdown's link targets, raw HTML and emphasis marks.</summary>
    private static string Plain(string markdown) => Markup().Replace(LinkTarget().Replace(markdown, "]"), " ");

    private sealed record Token(string Text, string Lower, bool Capitalised, bool Cyrillic, bool IsInitial, bool JoinedToPrevious, bool Closes);

    [GeneratedRegex(@"[\p{L}][\p{L}\p{M}'’.\-]*")]
    private static partial Regex Word();

    [GeneratedRegex(@"['’]s?$")]
    private static partial Regex Possessive();

    [GeneratedRegex(@"^(?:\p{Lu}\.){1,3}$")]
    private static partial Regex InitialPattern();

    [GeneratedRegex(@"\]\([^)\s]*\)")]
    private static partial Regex LinkTarget();

    [GeneratedRegex(@"<[^>]+>|\*\*|__|^#+ ", RegexOptions.Multiline)]
    private static partial Regex Markup();
}
