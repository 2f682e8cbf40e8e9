using System.Buffers;
using System.Collections;
using System.Globalization;
using Reader.Site.Language;
using Reader.Site.Views;

namespace Reader.Site.Rendering.Templates;

/// <summary>How templates read, test and print values: public properties by name, Handlebars' truthiness and its HTML encoding.</summary>
internal static class TemplateValues
{
    // What Handlebars encodes, and no more: text in other scripts stays as it is.
    private static readonly SearchValues<char> Encoded = SearchValues.Create("&<>\"'`=");

    /// <summary>The value at the path; null for a property that is null.</summary>
    /// <exception cref="TemplateException">A property on the path does not exist: a misspelt name is a bug to report, not an empty string to ship.</exception>
    public static object? Resolve(TemplatePath path, Scope scope, object root, TemplateNode node)
    {
        var current = scope;
        for (var up = 0; up < path.Up && current.Parent is not null; up++)
        {
            current = current.Parent;
        }

        if (path.Variable is { } variable)
        {
            var loop = current;
            while (loop is { Loop: null })
            {
                loop = loop.Parent;
            }

            if (loop?.Loop is not var (index, first, last))
            {
                throw new TemplateException(node.Line, node.Column, $"@{variable} is only defined inside {{{{#each}}}}", "move it into the loop");
            }

            return variable switch { "index" => index, "first" => first, _ => last };
        }

        var value = path.FromRoot ? root : current.Value;
        foreach (var member in path.Members)
        {
            if (value is null)
            {
                throw Undefined(path, member, null, node);
            }

            if (value is InterfaceText text)
            {
                // The site's own words are read by key from the language file, not as properties.
                value = text.TryGet(member, out var word)
                    ? word
                    : throw new TemplateException(node.Line, node.Column, $"{text.File} has no '{member}' (in {path.Text})", $"add \"{member}\" to every file of the theme's {InterfaceText.Folder}/ folder, or correct the key");
                continue;
            }

            value = ModelProperties.Of(value.GetType()).TryGet(member, out var property)
                ? property.GetValue(value)
                : throw Undefined(path, member, value, node);
        }

        return value;
    }

    /// <summary>Handlebars' truthiness: not null, false, "", 0 or an empty list.</summary>
    public static bool IsTruthy(object? value) => value switch
    {
        null => false,
        bool b => b,
        string s => s.Length > 0,
        int i => i != 0,
        long l => l != 0,
        double d => d != 0,
        IEnumerable list => list.GetEnumerator().MoveNext(),
        _ => true,
    };

    public static void Write(TextWriter writer, object value, bool encode)
    {
        var text = value as string ?? Convert.ToString(value, CultureInfo.InvariantCulture) ?? "";
        if (!encode)
        {
            writer.Write(text);
            return;
        }

        var rest = text.AsSpan();
        for (var next = rest.IndexOfAny(Encoded); next >= 0; next = rest.IndexOfAny(Encoded))
        {
            writer.Write(rest[..next]);
            writer.Write(rest[next] switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                '\'' => "&#x27;",
                '`' => "&#x60;",
                _ => "&#x3D;",
            });
            rest = rest[(next + 1)..];
        }

        writer.Write(rest);
    }

    /// <param name="value">The value that lacks the member, null when the path ran into a null before it.</param>
    private static TemplateException Undefined(TemplatePath path, string member, object? value, TemplateNode node)
    {
        var where = path.Members.Count > 1 ? $" in {path.Text}" : "";
        var names = value is null ? null : ModelProperties.Of(value.GetType()).InOrder.Select(p => p.Name).Order(StringComparer.Ordinal).ToList();
        var has = names is null ? "the value before it is empty" : names.Count == 0 ? "the value has no properties" : $"the value has {string.Join(", ", names)}";
        return new TemplateException(node.Line, node.Column, $"'{member}' is undefined{where}: {has}", "templates can only print the properties of the page's view model");
    }
}
