namespace Reader.Ingest.Html;

/// <summary>The families of class and id words (<c>Data/html-class-families.txt</c>: <c>name: word word …</c>).</summary>
public sealed class ClassFamilies
{
    private readonly ClassWordMatcher _words;

    public ClassFamilies(IReadOnlyList<string> lines)
    {
        var names = new List<string>();
        var words = new List<string[]>();
        foreach (var line in lines)
        {
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            names.Add(line[..colon].Trim());
            words.Add(line[(colon + 1)..].Split(' ', StringSplitOptions.RemoveEmptyEntries));
        }

        Names = names;
        _words = new ClassWordMatcher(words);
    }

    public IReadOnlyList<string> Names { get; }

    /// <summary>One bit per family that one of the tokens names.</summary>
    public int Bits(IReadOnlyList<string> tokens) => _words.Bits(tokens);
}
