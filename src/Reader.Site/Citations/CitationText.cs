using System.Text;

namespace Reader.Site.Citations;

/// <summary>Builds a formatted citation run by run, merging plain text, so a template prints it with one loop.</summary>
internal sealed class CitationText
{
    private readonly List<CitationRun> _runs = [];
    private readonly StringBuilder _plain = new();

    public CitationText Plain(string text)
    {
        _plain.Append(text);
        return this;
    }

    public CitationText Italic(string text)
    {
        Flush();
        _runs.Add(new CitationRun(text, Italic: true));
        return this;
    }

    public IReadOnlyList<CitationRun> Runs()
    {
        Flush();
        return _runs;
    }

    /// <summary>The citation as plain text, for a test or a title attribute.</summary>
    public static string ToPlain(IEnumerable<CitationRun> runs) => string.Concat(runs.Select(r => r.Text));

    private void Flush()
    {
        if (_plain.Length > 0)
        {
            _runs.Add(new CitationRun(_plain.ToString()));
            _plain.Clear();
        }
    }
}
