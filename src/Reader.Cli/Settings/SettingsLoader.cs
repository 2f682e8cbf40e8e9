using System.Reflection;
using System.Text.Json;
using Reader.Content;

namespace Reader.Cli.Settings;

/// <summary>
/// Reads <c>statiq.json</c> into <see cref="ReaderSettings"/>. Every key is optional; an unknown key or a value
/// of the wrong type is an error naming the key, so a typo never silently falls back to a default.
/// </summary>
public static class SettingsLoader
{
    public const string FileName = "statiq.json";

    private static readonly PropertyInfo[] Properties = typeof(ReaderSettings).GetProperties(BindingFlags.Public | BindingFlags.Instance);

    public static ReaderSettings Load(string projectRoot, DiagnosticBag diagnostics)
    {
        var path = Path.Combine(projectRoot, FileName);
        if (!File.Exists(path))
        {
            return new ReaderSettings();
        }

        JsonDocument document;
        var json = File.ReadAllText(path);
        try
        {
            document = JsonDocument.Parse(json, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        }
        catch (JsonException e)
        {
            diagnostics.Add(Diagnostic.Error(FileName, (int)(e.LineNumber ?? 0) + 1, $"not valid JSON: {e.Message.Split(" Path:")[0].Split(" LineNumber:")[0]}", "fix the syntax; keys and strings need double quotes", (int)(e.BytePositionInLine ?? 0) + 1));
            return new ReaderSettings();
        }

        using (document)
        {
            // Problems with a key point at the line that sets it.
            var positions = SettingsPositions.Find(json);
            var located = new DiagnosticBag();
            var settings = Bind(document.RootElement, located);
            SettingsValidator.Validate(projectRoot, settings, located);
            foreach (var problem in located.Items)
            {
                // Every message about a key names it first, in quotes.
                var key = problem.Message.Split('\'').ElementAtOrDefault(1);
                diagnostics.Add(problem.Line is null && key is not null && positions.TryGetValue(key, out var at) ? problem with { Line = at.Line, Column = at.Column } : problem);
            }

            return settings;
        }
    }

    private static ReaderSettings Bind(JsonElement root, DiagnosticBag diagnostics)
    {
        var settings = new ReaderSettings();
        if (root.ValueKind != JsonValueKind.Object)
        {
            diagnostics.Add(Diagnostic.Error(FileName, 1, "the settings must be a JSON object", "write { \"SiteTitle\": \"…\" }"));
            return settings;
        }

        foreach (var property in root.EnumerateObject())
        {
            var target = Properties.FirstOrDefault(p => p.Name == property.Name);
            if (target is null)
            {
                var hint = NearestName.Hint(property.Name, Properties.Select(p => p.Name)) ?? $"known keys: {string.Join(", ", Properties.Select(p => p.Name))}";
                diagnostics.Add(Diagnostic.Error(FileName, null, $"unknown setting '{property.Name}'", hint));
                continue;
            }

            object? value;
            try
            {
                value = Read(property.Value, target.PropertyType);
            }
            catch (InvalidOperationException)
            {
                // "\uD800" and other escapes that are not text: System.Text.Json refuses to make a string of them.
                diagnostics.Add(Diagnostic.Error(FileName, null, $"'{property.Name}' holds an escape that is not text, {property.Value.GetRawText()}", "remove the \\u escape"));
                continue;
            }

            if (value is not null)
            {
                settings = With(settings, target, value);
            }
            else
            {
                diagnostics.Add(Diagnostic.Error(FileName, null, $"'{property.Name}' must be {Describe(target.PropertyType)}, found {property.Value.ValueKind.ToString().ToLowerInvariant()} {property.Value.GetRawText()}", $"e.g. \"{property.Name}\": {Example(target.PropertyType)}"));
            }
        }

        return settings;
    }

    /// <summary>
    /// The value when it has the setting's type, else null. Read by hand rather than by the serialiser, whose
    /// reflection costs every command 40 ms of start-up for a file of a dozen keys.
    /// </summary>
    private static object? Read(JsonElement value, Type type) => value.ValueKind switch
    {
        JsonValueKind.String when type == typeof(string) => value.GetString(),
        JsonValueKind.True or JsonValueKind.False when type == typeof(bool) => value.GetBoolean(),
        JsonValueKind.Number when type == typeof(int) && value.TryGetInt32(out var number) => number,
        JsonValueKind.Array when type == typeof(IReadOnlyList<string>) && value.EnumerateArray().All(e => e.ValueKind == JsonValueKind.String) =>
            value.EnumerateArray().Select(e => e.GetString()!).ToList(),
        _ => null,
    };

    // ReaderSettings is an immutable record; cloning through its copy constructor keeps it so.
    private static ReaderSettings With(ReaderSettings settings, PropertyInfo property, object value)
    {
        var copy = settings with { };
        property.SetValue(copy, value);
        return copy;
    }

    private static string Describe(Type type) =>
        type == typeof(string) ? "a string" : type == typeof(bool) ? "true or false" : type == typeof(int) ? "a whole number" : "a list of strings";

    private static string Example(Type type) =>
        type == typeof(string) ? "\"…\"" : type == typeof(bool) ? "true" : type == typeof(int) ? "10" : "[\"theme\"]";
}
