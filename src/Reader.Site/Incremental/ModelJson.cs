using System.Collections;
using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using Reader.Site.Views;

namespace Reader.Site.Incremental;

/// <summary>
/// Writes a view model, or any object of public properties, as JSON read by reflection: what a fingerprint hashes.
/// The serialiser would generate code for each type at run time, which a build compiled ahead of time cannot do;
/// reading properties (<see cref="ModelProperties"/>) needs only the metadata the publish keeps.
/// </summary>
internal static class ModelJson
{
    // Deeper than any view model nests; a cycle stops here instead of overflowing the stack.
    private const int MaxDepth = 64;

    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, SkipValidation = true };

    public static byte[] Utf8(object? value)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, Options))
        {
            Write(writer, value, 0);
        }

        return stream.ToArray();
    }

    private static void Write(Utf8JsonWriter writer, object? value, int depth)
    {
        switch (value)
        {
            case null:
                writer.WriteNullValue();
                break;
            case string text:
                writer.WriteStringValue(text);
                break;
            case bool flag:
                writer.WriteBooleanValue(flag);
                break;
            case Enum or char or Guid or Uri:
                writer.WriteStringValue(value.ToString());
                break;
            case IFormattable formattable when value.GetType().IsPrimitive || value is decimal or DateOnly or DateTime or DateTimeOffset or TimeSpan:
                writer.WriteStringValue(formattable.ToString(null, CultureInfo.InvariantCulture));
                break;
            case IDictionary dictionary when depth < MaxDepth:
                writer.WriteStartObject();
                foreach (DictionaryEntry entry in dictionary)
                {
                    writer.WritePropertyName(Convert.ToString(entry.Key, CultureInfo.InvariantCulture) ?? "");
                    Write(writer, entry.Value, depth + 1);
                }

                writer.WriteEndObject();
                break;
            case IEnumerable items when depth < MaxDepth:
                writer.WriteStartArray();
                foreach (var item in items)
                {
                    Write(writer, item, depth + 1);
                }

                writer.WriteEndArray();
                break;
            case not null when depth < MaxDepth:
                writer.WriteStartObject();
                foreach (var property in ModelProperties.Of(value.GetType()).InOrder)
                {
                    writer.WritePropertyName(property.Name);
                    Write(writer, property.GetValue(value), depth + 1);
                }

                writer.WriteEndObject();
                break;
            default:
                throw new InvalidOperationException($"a model nests deeper than {MaxDepth} levels; is there a cycle?");
        }
    }
}
