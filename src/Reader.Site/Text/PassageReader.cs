using Reader.Content;

namespace Reader.Site.Text;

/// <summary>
/// Reads the paragraphs of a body for the people they name and the dates they state, sentence by sentence: what the
/// people pages and the timeline list, each with its sentence and the paragraph to link to.
/// </summary>
/// <param name="names">Every name the site links, people's and authors'.</param>
/// <param name="isPerson">Whether a name's key is a person of <c>input/people/</c>: only those are counted as mentioned.</param>
public sealed class PassageReader(NameMatcher names, Func<string, bool> isPerson, DatePhrases dates)
{
    /// <summary>A sentence longer than this is shown as the part of it around what was found.</summary>
    public const int SnippetLength = 320;

    /// <summary>Nothing to look for: finds dates only.</summary>
    public static readonly PassageReader DatesOnly = new(new NameMatcher([]), _ => false, DatePhrases.Default);

    /// <param name="skip">The people not counted in this body: those credited on the article, who do not mention themselves.</param>
    public (IReadOnlyList<PersonMention> Mentions, IReadOnlyList<DatedPassage> Events) Read(IReadOnlyList<Passage> passages, IReadOnlySet<string> skip)
    {
        var mentions = new List<PersonMention>();
        var events = new List<DatedPassage>();
        bool Wanted(string key) => isPerson(key) && !skip.Contains(key);
        foreach (var passage in passages)
        {
            var text = passage.Text;
            var found = names.IsEmpty ? [] : Matches(text, Wanted);
            var stated = dates.Find(text);
            if (found.Count == 0 && stated.Count == 0)
            {
                continue;
            }

            foreach (var sentence in Sentences.Split(text))
            {
                var (start, end) = (sentence.Start.Value, sentence.End.Value);
                var named = found.Where(m => m.Index >= start && m.Index < end).ToList();
                foreach (var person in named.GroupBy(m => m.Spelling.Key).OrderBy(g => g.First().Index))
                {
                    mentions.Add(new PersonMention(person.Key, passage.Id, Snippet(text, start, end, person.First().Index), person.Count()));
                }

                var keys = named.Select(m => m.Spelling.Key).Distinct().Order(StringComparer.Ordinal).ToList();
                foreach (var date in stated.Where(d => d.Index >= start && d.Index < end))
                {
                    events.Add(new DatedPassage(date, passage.Id, Snippet(text, start, end, date.Index), keys));
                }
            }
        }

        return (mentions, events);
    }

    private List<NameMatch> Matches(string text, Func<string, bool> wanted)
    {
        var matches = new List<NameMatch>();
        for (var from = 0; names.Next(text, from, wanted) is { } match; from = match.Index + match.Length)
        {
            matches.Add(match);
        }

        return matches;
    }

    /// <summary>The sentence, or for a long one the words around <paramref name="at"/>, marked with "…" where cut.</summary>
    public static string Snippet(string text, int start, int end, int at)
    {
        if (end - start <= SnippetLength)
        {
            return text[start..end];
        }

        var from = Math.Max(start, at - (SnippetLength / 3));
        var to = Math.Min(end, from + SnippetLength);
        from = Math.Max(start, to - SnippetLength);
        if (from > start)
        {
            var space = text.IndexOf(' ', from, at - from);
            from = space >= 0 ? space + 1 : from;
        }

        if (to < end)
        {
            var space = text.LastIndexOf(' ', to - 1, to - at);
            to = space > at ? space : to;
        }

        return (from > start ? "…" : "") + text[from..to].Trim() + (to < end ? "…" : "");
    }
}
