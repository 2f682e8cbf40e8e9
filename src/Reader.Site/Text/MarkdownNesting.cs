using System.Globalization;
using System.Text;
using Reader.Content;

namespace Reader.Site.Text;

/// <summary>
/// Finds Markdown nested deeper than Markdig parses (it throws past 128 levels, and 200 <c>&gt;</c>, a list nested in
/// fifty lists or a run of <c>[</c> are that), before it is parsed, so the file and line can be named; such a body
/// is then read as plain text (<see cref="Flatten"/>) and the rest of the site builds as usual. Also measures raw
/// HTML nesting, which <see cref="MarkupNesting"/> cuts before the sanitiser parses it.
/// </summary>
public static class MarkdownNesting
{
    /// <summary>Levels of quotes and lists on a line (a list counts twice, for the list and its item, as Markdig counts), below Markdig's 128.</summary>
    public const int MaxBlockDepth = 100;

    /// <summary>Open '[' in one paragraph, below Markdig's 128.</summary>
    public const int MaxBrackets = 100;

    /// <summary>Runs of '*' or '_' in one paragraph; Markdig's emphasis gives up past about ten thousand, no article has a hundred.</summary>
    public const int MaxEmphasisRuns = 4000;

    /// <summary>Where the body first nests too deeply (1-based line and column within the body) and what, or null.</summary>
    public static (int Line, int Column, string What)? Find(string markdown)
    {
        var line = 0;
        var fence = "";
        var (brackets, runs) = (0, 0);
        foreach (var raw in markdown.AsSpan().EnumerateLines())
        {
            line++;
            var text = raw.TrimStart();
            if (fence.Length > 0)
            {
                fence = text.StartsWith(fence) ? "" : fence;
                continue;
            }

            if (text.StartsWith("```") || text.StartsWith("~~~"))
            {
                fence = text[..3].ToString();
                continue;
            }

            if (text.IsEmpty)
            {
                (brackets, runs) = (0, 0);
                continue;
            }

            if (BlockDepth(raw) > MaxBlockDepth)
            {
                return (line, 1, $"more than {MaxBlockDepth} levels of quotes and lists");
            }

            for (var i = 0; i < raw.Length; i++)
            {
                switch (raw[i])
                {
                    case '\\':
                        i++;
                        break;
                    case '[' when ++brackets > MaxBrackets:
                        return (line, i + 1, $"more than {MaxBrackets} '[' open at once");
                    case ']':
                        brackets = Math.Max(0, brackets - 1);
                        break;
                    case '*' or '_' when (i == 0 || raw[i - 1] != raw[i]) && ++runs > MaxEmphasisRuns:
                        return (line, i + 1, $"more than {MaxEmphasisRuns} runs of '*' or '_' in one paragraph");
                }
            }
        }

        return null;
    }

    /// <summary>
    /// The body as the site reads it: unchanged, or, when it nests too deeply for Markdig, flattened to plain text with
    /// a warning at the place; raw HTML nested deeper than <see cref="MarkupNesting.MaxDepth"/> is warned about here
    /// and cut when it is rendered.
    /// </summary>
    /// <param name="bodyLine">The file's line where the body starts, to name the line of the file.</param>
    public static string Guard(string path, int bodyLine, string body, DiagnosticBag diagnostics)
    {
        if (body.Contains('<', StringComparison.Ordinal))
        {
            MarkupNesting.Limit(body, out var deepest);
            if (deepest > MarkupNesting.MaxDepth)
            {
                diagnostics.Add(Diagnostic.Warning(path, bodyLine, string.Create(CultureInfo.InvariantCulture,
                    $"raw HTML in the body nests {deepest} elements deep; elements deeper than {MarkupNesting.MaxDepth} lose their tags (their text is kept)"),
                    "remove the nesting; no article needs it"));
            }
        }

        if (Find(body) is not { } deep)
        {
            return body;
        }

        diagnostics.Add(Diagnostic.Warning(path, bodyLine + deep.Line - 1, $"the Markdown nests too deeply here ({deep.What}), so the body is shown as plain text",
            "remove the nesting; no article needs it", deep.Column));
        return Flatten(body);
    }

    /// <summary>
    /// The text as plain paragraphs: every ASCII punctuation character escaped and lines unindented, so nothing
    /// in it nests, links or marks anything up. Every word stays, in order.
    /// </summary>
    public static string Flatten(string markdown)
    {
        var flat = new StringBuilder(markdown.Length + (markdown.Length / 4));
        foreach (var line in markdown.AsSpan().EnumerateLines())
        {
            foreach (var c in line.TrimStart())
            {
                if (char.IsAsciiLetterOrDigit(c) || c == ' ' || c > '\u007F' || char.IsControl(c))
                {
                    flat.Append(c);
                }
                else
                {
                    flat.Append('\\').Append(c);
                }
            }

            flat.Append('\n');
        }

        return flat.ToString();
    }

    /// <summary>
    /// Container levels at the start of a line: each '&gt;' one, each list marker two; indentation before a marker
    /// counts as the lists it nests in (two levels per two spaces).
    /// </summary>
    private static int BlockDepth(ReadOnlySpan<char> line)
    {
        var indent = 0;
        var i = 0;
        for (; i < line.Length && line[i] is ' ' or '\t'; i++)
        {
            indent += line[i] == '\t' ? 4 : 1;
        }

        var depth = 0;
        while (i < line.Length)
        {
            while (i < line.Length && line[i] is ' ' or '\t')
            {
                i++;
            }

            if (i < line.Length && line[i] == '>')
            {
                depth++;
                i++;
                continue;
            }

            var marker = ListMarker(line[i..]);
            if (marker == 0)
            {
                break;
            }

            depth += 2;
            i += marker;
        }

        return depth == 0 ? 0 : depth + indent;
    }

    /// <summary>The length of a list marker and the space after it ("- ", "12. "), or 0.</summary>
    private static int ListMarker(ReadOnlySpan<char> text)
    {
        if (text.Length >= 2 && text[0] is '-' or '+' or '*' && text[1] is ' ' or '\t')
        {
            return 2;
        }

        var digits = 0;
        while (digits < text.Length && digits < 9 && char.IsAsciiDigit(text[digits]))
        {
            digits++;
        }

        return digits > 0 && digits + 1 < text.Length && text[digits] is '.' or ')' && text[digits + 1] is ' ' or '\t' ? digits + 2 : 0;
    }
}
