namespace Reader.Ingest.People;

/// <summary>The word lists of <c>People/name-words.txt</c>: titles that stand before names, and words of names of places and bodies.</summary>
public sealed class NameWords
{
    private static readonly Lazy<NameWords> Loaded = new(() => Parse(Read()));

    private NameWords(HashSet<string> titles, HashSet<string> notNames) => (Titles, NotNames) = (titles, notNames);

    public static NameWords Default => Loaded.Value;

    /// <summary>Lower-case.</summary>
    public IReadOnlySet<string> Titles { get; }

    /// <summary>Lower-case.</summary>
    public IReadOnlySet<string> NotNames { get; }

    public static NameWords Parse(string text)
    {
        var sections = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        HashSet<string>? current = null;
        foreach (var line in text.ReplaceLineEndings("\n").Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0 && !l.StartsWith('#')))
        {
            if (line.StartsWith('[') && line.EndsWith(']'))
            {
                sections[line[1..^1]] = current = new HashSet<string>(StringComparer.Ordinal);
                continue;
            }

            current?.UnionWith(line.Split(',').Select(w => w.Trim().ToLowerInvariant()).Where(w => w.Length > 0));
        }

        return new NameWords(sections.GetValueOrDefault("titles") ?? [], sections.GetValueOrDefault("not-names") ?? []);
    }

    private static string Read()
    {
        using var stream = typeof(NameWords).Assembly.GetManifestResourceStream("Reader.Ingest.People.name-words.txt")
            ?? throw new InvalidOperationException("embedded data file 'People/name-words.txt' is missing; check the EmbeddedResource item in Reader.Ingest.csproj");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
