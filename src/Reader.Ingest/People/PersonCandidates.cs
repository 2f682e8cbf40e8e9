using Reader.Content;

namespace Reader.Ingest.People;

/// <summary>
/// Counts, over every article of the collection, the names <see cref="NameFinder"/> reads and the known spellings of
/// authors, and proposes those mentioned in at least <see cref="MinimumArticles"/> articles that no person file
/// covers. A person file's name or alias, found in a text, is known and never proposed; an author mentioned in
/// articles they are not credited on is proposed as a person too. A single word ("Putin") joins the one longer
/// name it is part of ("Vladimir Putin"), where there is exactly one.
/// </summary>
public sealed class PersonCandidates
{
    public const int MinimumArticles = 2;

    private readonly NameFinder _finder;
    private readonly NameMatcher _known;
    private readonly IReadOnlySet<string> _people;
    private readonly Dictionary<string, Tally> _tallies = new(StringComparer.Ordinal);

    /// <param name="people">The person files' spellings: what they name is not proposed.</param>
    /// <param name="authors">The author files' spellings: an author mentioned in others' articles is proposed.</param>
    public PersonCandidates(NameFinder finder, IEnumerable<NameSpelling> people, IEnumerable<NameSpelling> authors)
    {
        _finder = finder;
        var peopleList = people.ToList();
        _people = peopleList.Select(s => s.Key).ToHashSet(StringComparer.Ordinal);
        _known = new NameMatcher(peopleList.Concat(authors));
    }

    /// <param name="credited">Keys of the people credited on the article (<see cref="PersonName.Key"/>): they do not mention themselves.</param>
    public void Add(string article, string body, IReadOnlySet<string> credited)
    {
        foreach (var match in _known.Matches(body))
        {
            var key = match.Spelling.Key;
            if (!_people.Contains(key) && !credited.Contains(key))
            {
                Count(key, match.Spelling.Text, "author", article);
            }
        }

        var knownKeys = _known.Matches(body).Select(m => PersonName.Key(body.Substring(m.Index, m.Length))).ToHashSet(StringComparer.Ordinal);
        foreach (var name in _finder.Find(body))
        {
            if (!_people.Contains(name.Key) && !credited.Contains(name.Key) && !knownKeys.Contains(name.Key) && !IsKnownSpelling(name.Name))
            {
                Count(name.Key, name.Name, name.Evidence, article);
            }
        }
    }

    /// <summary>The proposals: mentioned in enough articles, most articles first, then by name.</summary>
    public IReadOnlyList<PersonCandidate> Result()
    {
        var tallies = _tallies.ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);

        // The longer names by each of their words, so joining single words costs as much as there are names.
        var byWord = tallies.Where(t => t.Key.Contains(' ', StringComparison.Ordinal))
            .SelectMany(t => t.Key.Split(' ').Distinct(StringComparer.Ordinal).Select(w => (Word: w, Tally: t.Value)))
            .ToLookup(p => p.Word, p => p.Tally, StringComparer.Ordinal);
        foreach (var (key, single) in tallies.Where(t => !t.Key.Contains(' ', StringComparison.Ordinal)).OrderBy(t => t.Key, StringComparer.Ordinal).ToList())
        {
            if (byWord[key].ToList() is [var longer])
            {
                longer.Merge(single);
                tallies.Remove(key);
            }
        }

        return
        [
            .. tallies.Values
                .Where(t => t.Articles.Count >= MinimumArticles)
                .Select(t => t.Candidate())
                .OrderByDescending(c => c.Articles.Count).ThenByDescending(c => c.Mentions).ThenBy(c => c.Name, StringComparer.Ordinal),
        ];
    }

    private bool IsKnownSpelling(string name) => _known.Matches(name).Any(m => m.Index == 0 && m.Length == name.Length);

    private void Count(string key, string name, string evidence, string article)
    {
        if (!_tallies.TryGetValue(key, out var tally))
        {
            _tallies[key] = tally = new Tally();
        }

        tally.Add(name, evidence, article);
    }

    private sealed class Tally
    {
        private readonly Dictionary<string, int> _names = new(StringComparer.Ordinal);
        private readonly SortedSet<string> _evidence = new(StringComparer.Ordinal);

        public SortedSet<string> Articles { get; } = new(StringComparer.Ordinal);

        public int Mentions { get; private set; }

        public void Add(string name, string evidence, string article)
        {
            _names[name] = _names.GetValueOrDefault(name) + 1;
            _evidence.Add(evidence);
            Articles.Add(article);
            Mentions++;
        }

        public void Merge(Tally other)
        {
            foreach (var (name, count) in other._names)
            {
                _names[name] = _names.GetValueOrDefault(name);
                Mentions += count;
            }

            _evidence.UnionWith(other._evidence);
            Articles.UnionWith(other.Articles);
        }

        /// <summary>Named by the longest of its most used spellings.</summary>
        public PersonCandidate Candidate()
        {
            var name = _names.Where(n => n.Value > 0).OrderByDescending(n => n.Key.Split(' ').Length).ThenByDescending(n => n.Value).ThenBy(n => n.Key, StringComparer.Ordinal).First().Key;
            return new PersonCandidate(name, Mentions, [.. Articles], [.. _evidence]);
        }
    }
}
