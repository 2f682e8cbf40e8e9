using System.Globalization;
using YamlDotNet.RepresentationModel;

namespace Reader.Content;

/// <summary>Typed, diagnosed access to the fields of one front matter mapping.</summary>
public sealed class FrontMatterFields
{
    private readonly MarkdownDocument _document;
    private readonly DiagnosticBag _diagnostics;
    private readonly Dictionary<string, (YamlScalarNode Key, YamlNode Value)> _fields = new(StringComparer.Ordinal);

    public FrontMatterFields(MarkdownDocument document, DiagnosticBag diagnostics)
    {
        _document = document;
        _diagnostics = diagnostics;
        foreach (var (key, value) in document.FrontMatter.Children)
        {
            if (key is not YamlScalarNode { Value: { } name } scalarKey)
            {
                Error(key, "a front matter key must be a plain word", "write keys like 'title:'");
                continue;
            }

            if (!_fields.TryAdd(name, (scalarKey, value)))
            {
                Error(key, $"'{name}' is given twice", "keep one of them");
            }
        }
    }

    public string Path => _document.Path;

    public void WarnAboutUnknownKeys(IReadOnlyCollection<string> known)
    {
        foreach (var (name, (key, _)) in _fields)
        {
            if (!known.Contains(name))
            {
                var hint = NearestName.Hint(name, known) ?? $"known keys: {string.Join(", ", known)}";
                _diagnostics.Add(Diagnostic.Warning(Path, LineOf(key), $"unknown key '{name}' is ignored", hint, ColumnOf(key)));
            }
        }
    }

    public YamlNode? Node(string key) => _fields.TryGetValue(key, out var field) ? field.Value : null;

    public string? String(string key)
    {
        var node = Node(key);
        switch (node)
        {
            case null:
                return null;
            case YamlScalarNode scalar:
                return IsNull(scalar) ? null : Clean(scalar, scalar.Value!.Trim());
            default:
                Error(node, $"'{key}' must be text, found {Describe(node)}", $"write {key}: some text");
                return null;
        }
    }

    public string? RequiredString(string key, string hint)
    {
        var value = String(key);
        if (string.IsNullOrWhiteSpace(value) && Node(key) is not (YamlSequenceNode or YamlMappingNode))
        {
            var at = _fields.TryGetValue(key, out var field) ? LineOf(field.Key) : 2;
            _diagnostics.Add(Diagnostic.Error(Path, at, $"'{key}' is required", hint));
            return null;
        }

        return value;
    }

    public IReadOnlyList<string> StringList(string key)
    {
        var node = Node(key);
        switch (node)
        {
            case null:
            case YamlScalarNode scalar when IsNull(scalar):
                return [];
            case YamlSequenceNode sequence:
                var items = new List<string>();
                foreach (var item in sequence.Children)
                {
                    if (item is YamlScalarNode { Value: { } text } && !string.IsNullOrWhiteSpace(text))
                    {
                        items.Add(Clean(item, text.Trim()));
                    }
                    else
                    {
                        Error(item, $"each item of '{key}' must be text, found {Describe(item)}", $"write {key}: [first, second]");
                    }
                }

                return items;
            default:
                Error(node, $"'{key}' must be a list, found {Describe(node)}", $"write {key}: [{ExampleItem(node)}]");
                return [];
        }
    }

    /// <summary>true or false (also yes and no, as YAML 1.1 has them); absent is false.</summary>
    public bool Boolean(string key)
    {
        switch (Node(key))
        {
            case null:
                return false;
            case YamlScalarNode scalar when IsNull(scalar):
                return false;
            case YamlScalarNode { Value: { } text } when text.Trim().ToLowerInvariant() is "true" or "yes":
                return true;
            case YamlScalarNode { Value: { } text } when text.Trim().ToLowerInvariant() is "false" or "no":
                return false;
            case var node:
                Error(node, $"'{key}' must be true or false, found {Describe(node)}", $"write {key}: true, or leave the field out");
                return false;
        }
    }

    public DateOnly? Date(string key)
    {
        var node = Node(key);
        if (node is null || node is YamlScalarNode scalar && IsNull(scalar))
        {
            return null;
        }

        if (node is YamlScalarNode { Value: { } text } && TryParseDate(text.Trim(), out var date))
        {
            return date;
        }

        Error(node, $"'{key}' must be a date written as YYYY-MM-DD, found {Describe(node)}", "write e.g. date: 2020-05-12, or leave the field out when the date is unknown");
        return null;
    }

    /// <summary>A date known to the year, month or day: <c>1954</c>, <c>1954-09</c> or <c>1954-09-21</c>.</summary>
    public PartialDate? PartialDate(string key)
    {
        var node = Node(key);
        if (node is null || node is YamlScalarNode scalar && IsNull(scalar))
        {
            return null;
        }

        if (node is YamlScalarNode { Value: { } text } && Content.PartialDate.TryParse(text, out var date))
        {
            return date;
        }

        Error(node, $"'{key}' must be a date written as YYYY, YYYY-MM or YYYY-MM-DD, found {Describe(node)}", $"write e.g. {key}: 1954-09-21, or only the year when that is all that is known");
        return null;
    }

    public static bool TryParseDate(string text, out DateOnly date)
    {
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date))
        {
            return true;
        }

        // A full timestamp is accepted; only its calendar date is used, as written: "2020-05-12T23:30-12:00" is
        // 12 May where it was published, though it was already 13 May in UTC.
        if (text.Length > 10 && text[10] is 'T' or ' ' &&
            DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out _) &&
            DateOnly.TryParseExact(text[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date))
        {
            return true;
        }

        return false;
    }

    /// <summary>
    /// A value without the characters no page or feed can hold. YAML can spell them ("\0", "\x01", "\uFFFE") even in
    /// a file that holds none, so they are looked for in every value read, and each one is a warning at its place.
    /// </summary>
    public string Clean(YamlNode node, string value)
    {
        if (!UnsafeCharacters.Any(value))
        {
            return value;
        }

        Warning(node, $"removed control characters or non-characters ({UnsafeCharacters.Describe(value)}) from this value; no page or feed can hold them",
            "remove the escape (\\0, \\x01, \\uFFFE …) from the value");
        return UnsafeCharacters.Remove(value);
    }

    public void Error(YamlNode node, string message, string? hint = null) =>
        _diagnostics.Add(Diagnostic.Error(Path, LineOf(node), message, hint, ColumnOf(node)));

    public void Warning(YamlNode node, string message, string? hint = null) =>
        _diagnostics.Add(Diagnostic.Warning(Path, LineOf(node), message, hint, ColumnOf(node)));

    // The YAML text starts on the file's second line, after the opening '---'.
    public static int LineOf(YamlNode node) => (int)node.Start.Line + 1;

    private static int ColumnOf(YamlNode node) => (int)node.Start.Column;

    public static bool IsNull(YamlScalarNode scalar) =>
        scalar.Style == YamlDotNet.Core.ScalarStyle.Plain && scalar.Value is null or "" or "~" or "null" or "Null" or "NULL";

    public static string Describe(YamlNode node) => node switch
    {
        YamlScalarNode { Value: var v } when v is not null && long.TryParse(v, NumberStyles.Integer, CultureInfo.InvariantCulture, out _) => $"the number {v}",
        YamlScalarNode { Value: var v } => $"the text \"{Shorten(v ?? "")}\"",
        YamlSequenceNode => "a list",
        YamlMappingNode => "a set of 'key: value' fields",
        _ => "an alias",
    };

    private static string ExampleItem(YamlNode node) => node is YamlScalarNode { Value: { Length: > 0 } v } ? Shorten(v) : "…";

    private static string Shorten(string text) => text.Length <= 40 ? text : text[..40] + "…";

}
