using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Reader.Content;

/// <summary>A Markdown file split into its YAML front matter (still untyped) and its body.</summary>
public sealed record MarkdownDocument(string Path, YamlMappingNode FrontMatter, string Body, int BodyLine)
{
    private const string Fence = "---";

    /// <summary>Splits <paramref name="text"/>; returns null and reports why when the front matter is missing or broken.</summary>
    public static MarkdownDocument? Parse(string path, string text, DiagnosticBag diagnostics)
    {
        text = text.TrimStart('\uFEFF').ReplaceLineEndings("\n");
        var lines = text.Split('\n');
        if (lines.Length == 0 || lines[0].TrimEnd() != Fence)
        {
            diagnostics.Add(Diagnostic.Error(path, 1, "the file has no front matter",
                "start the file with a line '---', then 'title: …', then another '---'"));
            return null;
        }

        var close = Array.FindIndex(lines, 1, l => l.TrimEnd() is Fence or "...");
        if (close < 0)
        {
            diagnostics.Add(Diagnostic.Error(path, 1, "the front matter is not closed",
                "add a line '---' after the last front matter field"));
            return null;
        }

        var yaml = string.Join('\n', lines[1..close]);
        var mapping = ParseMapping(path, yaml, diagnostics);
        if (mapping is null)
        {
            return null;
        }

        var body = string.Join('\n', lines[(close + 1)..]).TrimStart('\n');
        var skipped = lines.Skip(close + 1).TakeWhile(l => l.Length == 0).Count();
        return new MarkdownDocument(path, mapping, body, close + 2 + skipped);
    }

    private static YamlMappingNode? ParseMapping(string path, string yaml, DiagnosticBag diagnostics)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(yaml));
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
        catch (InvalidOperationException)
        {
            // YamlDotNet throws this, without a position, on some unclosed flow lists such as "[a, b".
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
