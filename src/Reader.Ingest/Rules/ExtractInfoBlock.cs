using System.Text.RegularExpressions;
using Reader.Ingest.Data;
using Reader.Ingest.Text;

namespace Reader.Ingest.Rules;

/// <summary>
/// Takes bibliographic blocks ("Type / Chapter / Information / Publisher: … / Print publication year: …")
/// out of the body into metadata: the type gives the kind, the publisher the imprint.
/// </summary>
public sealed partial class ExtractInfoBlock : ICleaningRule
{
    // "Empires on the Pacific, pp. 112 - 140": a book's title with its page range.
    private const int MaxValueWords = 10;

    public string Name => nameof(ExtractInfoBlock);

    public bool IsCertain => true;

    public void Apply(TextDocument document)
    {
        foreach (var block in document.Blocks())
        {
            if (Parse(block) is not { Count: >= 2 } fields)
            {
                continue;
            }

            document.Remove(block, Name);
            if (fields.TryGetValue("type", out var type))
            {
                document.Metadata.StatedKind ??= KindOf(type);
            }

            if (fields.TryGetValue("publisher", out var publisher))
            {
                document.Metadata.ImprintPublisher ??= publisher;
            }
        }
    }

    /// <summary>The block's key/value pairs, or null when a line of it is not part of such a block.</summary>
    public static Dictionary<string, string>? Parse(TextBlock block)
    {
        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        var lines = block.Lines.Select(l => l.Content).ToList();
        for (var i = 0; i < lines.Count; i++)
        {
            var pair = KeyValue().Match(lines[i]);
            if (pair.Success && Phrases.InfoBlockKeys.Matches(pair.Groups["key"].Value))
            {
                fields[LineShape.Normalize(pair.Groups["key"].Value)] = pair.Groups["value"].Value.Trim();
            }
            else if (Phrases.InfoBlockKeys.Matches(lines[i]) && i + 1 < lines.Count && !IsKey(lines[i + 1]) && LineShape.IsShortLabel(lines[i + 1], MaxValueWords))
            {
                fields[LineShape.Normalize(lines[i])] = lines[++i].Trim();
            }
            else if (!Phrases.InfoBlockKeys.Matches(lines[i]))
            {
                return null;
            }
        }

        return fields;
    }

    /// <summary>"Chapter" → chapter, "Research Article" → article, "Book Review" → review.</summary>
    public static string KindOf(string type)
    {
        var words = type.ToLowerInvariant().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        return words.Length == 0 ? "article" : words[^1];
    }

    private static bool IsKey(string line) => Phrases.InfoBlockKeys.Matches(line) || KeyValue().Match(line) is { Success: true } m && Phrases.InfoBlockKeys.Matches(m.Groups["key"].Value);

    [GeneratedRegex(@"^(?<key>[^:]{2,30}):\s*(?<value>\S.*)$")]
    private static partial Regex KeyValue();
}
