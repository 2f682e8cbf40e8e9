using System.Runtime.CompilerServices;
using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Serialization;
using Reader.Site.Views;

namespace Reader.Site.Incremental;

/// <summary>
/// Writes an article card into a fingerprint as the hash of its contents, computed once per card. A card is one
/// shared object listed on many pages (home, archive, people, themes, related lists); serialising it in full
/// for each of them made fingerprinting cost more than rendering.
/// </summary>
public sealed class CardFingerprintConverter : JsonConverter<ArticleCardView>
{
    private static readonly ConditionalWeakTable<ArticleCardView, string> Hashes = [];

    public override ArticleCardView Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        throw new NotSupportedException("fingerprints are only written");

    public override void Write(Utf8JsonWriter writer, ArticleCardView value, JsonSerializerOptions options) =>
        writer.WriteStringValue(Hashes.GetValue(value, card => Convert.ToHexString(SHA256.HashData(JsonSerializer.SerializeToUtf8Bytes(card)))));
}
