using Reader.Ingest.Text;

namespace Reader.Ingest.Data;

/// <summary>A list of known phrases from one embedded data file, matched on normalised text.</summary>
public sealed class PhraseList
{
    private const int LongestPhraseWords = 8;
    private readonly HashSet<string> _phrases;

    public PhraseList(IEnumerable<string> phrases) =>
        _phrases = new HashSet<string>(phrases.Select(LineShape.Normalize).Where(p => p.Length > 0), StringComparer.Ordinal);

    public IReadOnlyCollection<string> Phrases => _phrases;

    /// <summary>Loads <c>Data/&lt;fileName&gt;</c>: one phrase per line, <c>#</c> starts a comment line.</summary>
    public static PhraseList Load(string fileName) => new(ReadLines(fileName));

    /// <summary>The non-comment lines of <c>Data/&lt;fileName&gt;</c>, trimmed.</summary>
    public static IReadOnlyList<string> ReadLines(string fileName)
    {
        var assembly = typeof(PhraseList).Assembly;
        using var stream = assembly.GetManifestResourceStream($"Reader.Ingest.Data.{fileName}")
            ?? throw new InvalidOperationException($"embedded data file '{fileName}' is missing; check the EmbeddedResource item in Reader.Ingest.csproj");
        using var reader = new StreamReader(stream);
        return [.. reader.ReadToEnd().Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0 && !l.StartsWith('#'))];
    }

    /// <summary>The whole text is one of the phrases.</summary>
    public bool Matches(string text) => _phrases.Contains(LineShape.Normalize(text));

    /// <summary>The text is one phrase or several in a row ("Skip to main content Accessibility help").</summary>
    public bool Composes(string text) => IsComposedOf(LineShape.Normalize(text), _phrases);

    /// <summary>The text starts with one of the phrases, followed by more words ("More from Pavel Grin", "Previous post: …").</summary>
    public bool Prefixes(string text)
    {
        var normalized = LineShape.Normalize(text);
        return _phrases.Any(p => normalized.Length > p.Length && normalized.StartsWith(p, StringComparison.Ordinal) && !char.IsLetterOrDigit(normalized[p.Length]));
    }

    /// <summary>The first phrase the text contains, or null.</summary>
    public string? FindIn(string text)
    {
        var normalized = LineShape.Normalize(text);
        return _phrases.FirstOrDefault(p => normalized.Contains(p, StringComparison.Ordinal));
    }

    /// <summary>True when <paramref name="normalized"/> splits, at spaces, into a sequence of <paramref name="phrases"/>.</summary>
    public static bool IsComposedOf(string normalized, IReadOnlySet<string> phrases)
    {
        // Separators between links ("Back to home page | Top", "Privacy · Terms") are not words.
        var words = normalized.Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => w.Any(char.IsLetterOrDigit)).ToArray();
        if (words.Length == 0)
        {
            return false;
        }

        // reachable[i]: the first i words are a sequence of phrases.
        var reachable = new bool[words.Length + 1];
        reachable[0] = true;
        for (var i = 0; i < words.Length; i++)
        {
            if (!reachable[i])
            {
                continue;
            }

            for (var j = i + 1; j <= words.Length && j - i <= LongestPhraseWords; j++)
            {
                if (phrases.Contains(LineShape.Normalize(string.Join(' ', words[i..j]))))
                {
                    reachable[j] = true;
                }
            }
        }

        return reachable[words.Length];
    }
}
