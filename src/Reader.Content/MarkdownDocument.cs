using System.Buffers;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.RepresentationModel;

namespace Reader.Content;

/// <summary>A Markdown file split into its YAML front matter (still untyped) and its body.</summary>
public sealed record MarkdownDocument(string Path, YamlMappingNode FrontMatter, string Body, int BodyLine)
{
    private const string Fence = "---";

    // Front matter is fields of text, lists and author entries: three levels. The YAML loader recurses once per
    // level, so a page of '[[[[…' would overflow the stack, which no catch can stop; refuse deep nesting first.
    private const int MaxNesting = 16;

    // Line breaks other than "\n", which ReplaceLineEndings turns into "\n".
    private static readonly SearchValues<char> OtherLineBreaks = SearchValues.Create("\r\f\u0085\u2028\u2029");

    /// <summary>Splits <paramref name="text"/>; returns null and reports why when the front matter is missing or broken.</summary>
    public static MarkdownDocument? Parse(string path, string text, DiagnosticBag diagnostics)
    {
        // Walks the lines up to the closing fence only: the body is cut out once, never split into lines and joined.
        text = text.TrimStart('\uFEFF');
        if (text.AsSpan().IndexOfAny(OtherLineBreaks) >= 0)
        {
            text = text.ReplaceLineEndings("\n");
        }

        var firstEnd = EndOfLine(text, 0);
        if (!IsFence(text.AsSpan(0, firstEnd)))
        {
            diagnostics.Add(Diagnostic.Error(path, 1, "the file has no front matter",
                "start the file with a line '---', then 'title: …', then another '---'"));
            return null;
        }

        var (closeLine, closeStart, closeEnd) = (-1, 0, 0);
        for (var (line, start) = (1, firstEnd + 1); start <= text.Length && firstEnd < text.Length; line++)
        {
            var end = EndOfLine(text, start);
            if (IsFence(text.AsSpan(start, end - start)) || text.AsSpan(start, end - start).TrimEnd().SequenceEqual("..."))
            {
                (closeLine, closeStart, closeEnd) = (line, start, end);
                break;
            }

            start = end + 1;
        }

        if (closeLine < 0)
        {
            diagnostics.Add(Diagnostic.Error(path, 1, "the front matter is not closed",
                "add a line '---' after the last front matter field"));
            return null;
        }

        var yaml = closeLine == 1 ? "" : text[(firstEnd + 1)..(closeStart - 1)];
        var mapping = ParseMapping(path, yaml, diagnostics);
        if (mapping is null)
        {
            return null;
        }

        // Blank lines between the fence and the text are not part of the body, but they count for its line number.
        var rest = closeEnd < text.Length ? text.AsSpan(closeEnd + 1) : [];
        var blank = rest.Length - rest.TrimStart('\n').Length;
        var skipped = closeEnd < text.Length && blank == rest.Length ? blank + 1 : blank;
        return new MarkdownDocument(path, mapping, rest[blank..].ToString(), closeLine + 2 + skipped);
    }

    private static int EndOfLine(string text, int start)
    {
        var end = text.IndexOf('\n', start);
        return end < 0 ? text.Length : end;
    }

    private static bool IsFence(ReadOnlySpan<char> line) => line.TrimEnd().SequenceEqual(Fence);

    private static YamlMappingNode? ParseMapping(string path, string yaml, DiagnosticBag diagnostics)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new ShapeGuard(path, new Parser(new StringReader(yaml))));
        }
        catch (RefusedShape refused)
        {
            diagnostics.Add(refused.Diagnostic);
            return null;
        }
        catch (YamlException e)
        {
            // Front matter starts on line 2 of the file; a tab is the likeliest cause, so point at it.
            var tabLine = Array.FindIndex(yaml.Split('\n'), l => l.TrimStart(' ').StartsWith('\t'));
            var line = tabLine >= 0 ? tabLine + 2 : (int)e.Start.Line + 1;
            var hint = tabLine >= 0 ? "YAML does not allow tabs for indentation; use spaces" : "check indentation and quote values that contain ': ' or start with a special character";
            diagnostics.Add(Diagnostic.Error(path, line, $"the front matter is not valid YAML: {FirstSentence(e)}", hint, tabLine >= 0 ? 1 : (int)e.Start.Column));
            return null;
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException)
        {
            // YamlDotNet throws these, without a position, on some unclosed flow lists such as "[a, b" and on some broken streams.
            diagnostics.Add(Diagnostic.Error(path, 2, "the front matter is not valid YAML", "check that every '[' and '{' is closed and quote values that contain ': '"));
            return null;
        }

        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is YamlScalarNode { Value: null or "" })
        {
            diagnostics.Add(Diagnostic.Error(path, 2, "the front matter is empty", "add at least 'title: …'"));
            return null;
        }

        if (stream.Documents[0].RootNode is not YamlMappingNode mapping)
        {
            diagnostics.Add(Diagnostic.Error(path, 2, "the front matter must be a set of 'key: value' lines", "write e.g. 'title: My article'"));
            return null;
        }

        return mapping;
    }

    /// <summary>
    /// Passes the parser's events to the loader and refuses, before the loader sees them, aliases, which a "billion
    /// laughs" document uses to make a few lines expand exponentially, and nesting deeper than <see cref="MaxNesting"/>.
    /// Checking as the events stream past keeps the YAML to one parse.
    /// </summary>
    private sealed class ShapeGuard(string path, IParser parser) : IParser
    {
        private int _depth;

        public ParsingEvent? Current => parser.Current;

        public bool MoveNext()
        {
            if (!parser.MoveNext())
            {
                return false;
            }

            switch (parser.Current)
            {
                case AnchorAlias alias:
                    throw new RefusedShape(Diagnostic.Error(path, (int)alias.Start.Line + 1, $"the front matter uses the alias '*{alias.Value}', and aliases are not allowed",
                        "write the value out in full where it is needed; front matter never needs '&anchors' or '*aliases'", (int)alias.Start.Column));
                case SequenceStart or MappingStart when ++_depth > MaxNesting:
                    throw new RefusedShape(Diagnostic.Error(path, (int)parser.Current.Start.Line + 1, $"the front matter is nested more than {MaxNesting} levels deep",
                        "front matter holds text, lists of text and author entries, e.g. authors: [Jane Doe]", (int)parser.Current.Start.Column));
                case SequenceEnd or MappingEnd:
                    _depth--;
                    break;
            }

            return true;
        }
    }

    private sealed class RefusedShape(Diagnostic diagnostic) : Exception(diagnostic.Message)
    {
        public Diagnostic Diagnostic => diagnostic;
    }

    private static string FirstSentence(YamlException e)
    {
        var message = (e.InnerException?.Message ?? e.Message).Trim();
        var paren = message.IndexOf("): ", StringComparison.Ordinal);
        if (message.StartsWith('(') && paren > 0)
        {
            message = message[(paren + 3)..];
        }

        return message.TrimEnd('.').ToLowerInvariant();
    }
}
