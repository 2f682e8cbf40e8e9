using System.Text;
using System.Text.Json;

namespace Reader.Cli.Settings;

/// <summary>
/// Where each top-level key of <c>statiq.json</c> is written, so a problem with a setting points at its line and
/// column. <see cref="JsonDocument"/> keeps no positions; a second pass with a reader over the small file does.
/// </summary>
public static class SettingsPositions
{
    public static IReadOnlyDictionary<string, (int Line, int Column)> Find(string json)
    {
        var positions = new Dictionary<string, (int, int)>(StringComparer.Ordinal);
        var bytes = Encoding.UTF8.GetBytes(json);
        var reader = new Utf8JsonReader(bytes, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        try
        {
            while (reader.Read())
            {
                if (reader.TokenType == JsonTokenType.PropertyName && reader.CurrentDepth == 1)
                {
                    var start = (int)reader.TokenStartIndex;
                    var line = 1 + bytes.AsSpan(0, start).Count((byte)'\n');
                    var lineStart = bytes.AsSpan(0, start).LastIndexOf((byte)'\n') + 1;
                    positions.TryAdd(reader.GetString() ?? "", (line, 1 + Encoding.UTF8.GetCharCount(bytes.AsSpan(lineStart, start - lineStart))));
                }
            }
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException)
        {
            // Broken JSON is reported by the loader; the keys found before the break keep their places.
        }

        return positions;
    }
}
