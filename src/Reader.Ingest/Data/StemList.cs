namespace Reader.Ingest.Data;

/// <summary>
/// Word stems from one embedded data file, for vocabulary-density tests: how many of a text's words start with one of
/// the stems. Stems written <c>!stem</c> are anchors, of which a text must contain at least one.
/// </summary>
public sealed class StemList(IEnumerable<string> stems, IEnumerable<string> anchors)
{
    private readonly string[] _stems = [.. stems];
    private readonly string[] _anchors = [.. anchors];

    public static StemList Load(string fileName)
    {
        var lines = PhraseList.ReadLines(fileName).Select(l => l.ToLowerInvariant()).ToList();
        var anchors = lines.Where(l => l.StartsWith('!')).Select(l => l[1..]).ToList();
        return new StemList(lines.Where(l => !l.StartsWith('!')).Concat(anchors), anchors);
    }

    /// <summary>The share of the text's words (0–1) that start with a stem, or 0 when no word starts with an anchor.</summary>
    public double Density(string text)
    {
        var words = Words(text);
        if (words.Count == 0 || !words.Any(w => _anchors.Any(a => w.StartsWith(a, StringComparison.Ordinal))))
        {
            return 0;
        }

        return (double)words.Count(w => _stems.Any(s => w.StartsWith(s, StringComparison.Ordinal))) / words.Count;
    }

    /// <summary>How many of the text's words start with a stem.</summary>
    public int Hits(string text) => Words(text).Count(w => _stems.Any(s => w.StartsWith(s, StringComparison.Ordinal)));

    private static List<string> Words(string text)
    {
        var words = new List<string>();
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var letter = i < text.Length && char.IsLetter(text[i]);
            if (letter && start < 0)
            {
                start = i;
            }
            else if (!letter && start >= 0)
            {
                words.Add(text[start..i].ToLowerInvariant());
                start = -1;
            }
        }

        return words;
    }
}
