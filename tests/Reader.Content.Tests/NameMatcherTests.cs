namespace Reader.Content.Tests;

/// <summary>
/// Many spellings that share an initial (thousands of authors) are looked up by their text: the matches must be those
/// of trying every spelling longest first, as with a few.
/// </summary>
public sealed class NameMatcherTests
{
    private static readonly string[] Given = ["Sergei", "Sergey", "Svetlana", "Shinzo", "Sato", "Sasha", "Song", "Stan"];
    private static readonly string[] Family = ["Akiyama", "Abe", "Sato", "Smith", "Suzuki", "Sokolov", "Shoigu"];

    [Fact]
    public void Many_spellings_with_one_initial_match_as_a_few_do()
    {
        var spellings = new List<NameSpelling>();
        foreach (var given in Given)
        {
            foreach (var family in Family)
            {
                spellings.Add(new NameSpelling($"{given} {family}", $"{given}-{family}".ToLowerInvariant()));
            }
        }

        spellings.Add(new NameSpelling("Sato", "sato-alone"));
        spellings.Add(new NameSpelling("Sato", "sato-other"));
        spellings.Add(new NameSpelling("Sokolov", "sokolov", Prefix: true));
        spellings.Add(new NameSpelling("S", "initial"));
        spellings.Add(new NameSpelling("Сергей", "sergei-ru"));
        const string Text = "Sergei Akiyama met Sergei Sato and Sato; Sokolova, Sokolov's aide, saw Shinzo Abe and Sergei. "
            + "Sergei Akiyamas is no match, S is, and Stan Smith1 is not. Svetlana Shoigu. Сергей.";
        var many = new NameMatcher(spellings);
        Assert.Equal(Naive(spellings, Text, _ => true), Render(Text, many.Matches(Text)));
        Assert.Contains("Sergei Sato=sergei-sato", Render(Text, many.Matches(Text)));
        Assert.Contains("Sokolova=sokolov", Render(Text, many.Matches(Text)));
        Assert.Contains("Sato=sato-alone", Render(Text, many.Matches(Text)));

        // Whom the caller does not want is passed over for the next spelling at the place, or the next place.
        static bool Wanted(string key) => key is not "sato-alone" and not "sergei-sato";
        var wanted = new List<string>();
        for (var from = 0; many.Next(Text, from, Wanted) is { } match; from = match.Index + match.Length)
        {
            wanted.Add($"{Text.Substring(match.Index, match.Length)}={match.Spelling.Key}");
        }

        Assert.Equal(Naive(spellings, Text, Wanted), wanted);
        Assert.Contains("Sato=sato-other", wanted);
    }

    private static List<string> Render(string text, IEnumerable<NameMatch> matches) =>
        [.. matches.Select(m => $"{text.Substring(m.Index, m.Length)}={m.Spelling.Key}")];

    /// <summary>Every spelling tried at every word start, longest first: what the matcher does for a few names.</summary>
    private static List<string> Naive(List<NameSpelling> spellings, string text, Func<string, bool> wanted)
    {
        var ordered = spellings.OrderByDescending(s => s.Text.Length).ThenBy(s => s.Text, StringComparer.Ordinal).ThenBy(s => s.Key, StringComparer.Ordinal).ThenBy(s => s.Prefix).ToList();
        var found = new List<string>();
        for (var i = 0; i < text.Length; i++)
        {
            if (i > 0 && char.IsLetterOrDigit(text[i - 1]))
            {
                continue;
            }

            foreach (var spelling in ordered)
            {
                if (!text.AsSpan(i).StartsWith(spelling.Text, StringComparison.Ordinal) || !wanted(spelling.Key))
                {
                    continue;
                }

                var end = i + spelling.Text.Length;
                while (spelling.Prefix && end < text.Length && char.IsLetter(text[end]))
                {
                    end++;
                }

                if (!spelling.Prefix && end < text.Length && char.IsLetterOrDigit(text[end]))
                {
                    continue;
                }

                found.Add($"{text[i..end]}={spelling.Key}");
                i = end - 1;
                break;
            }
        }

        return found;
    }
}
