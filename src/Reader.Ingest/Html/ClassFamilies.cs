namespace Reader.Ingest.Html;

/// <summary>The families of class and id words (<c>Data/html-class-families.txt</c>: <c>name: word word …</c>).</summary>
public sealed class ClassFamilies
{
    private readonly string[][] _words;

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
        _words = [.. words];
    }

    public IReadOnlyList<string> Names { get; }

    /// <summary>One bit per family that the element's class or id names.</summary>
    public int Bits(AngleSharp.Dom.IElement element)
    {
        var (className, id) = (element.ClassName ?? "", element.Id ?? "");
        if (className.Length == 0 && id.Length == 0)
        {
            return 0;
        }

        if (_known.TryGetValue((className, id), out var bits))
        {
            return bits;
        }

        bits = Bits(ClassHints.Tokens(element));
        if (_known.Count < MaxKnown)
        {
            _known[(className, id)] = bits;
        }

        return bits;
    }

    // Each distinct class and id is matched once (pages repeat them on hundreds of elements).
    private readonly System.Collections.Concurrent.ConcurrentDictionary<(string, string), int> _known = new();

    private const int MaxKnown = 100_000;

    /// <summary>One bit per family that one of the tokens names.</summary>
    public int Bits(IReadOnlyList<string> tokens)
    {
        var bits = 0;
        for (var i = 0; i < _words.Length; i++)
        {
            if (ClassHints.Mentions(tokens, _words[i]))
            {
                bits |= 1 << i;
            }
        }

        return bits;
    }
}
