using System.Runtime.InteropServices;
using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Reader.Site.Incremental;

/// <summary>
/// Writes a long string (a page's JSON-LD, a body key) into a fingerprint as its hash: hashing the characters
/// is cheaper than escaping them into JSON, and the fingerprint only has to change when they do.
/// </summary>
public sealed class LongStringFingerprintConverter : JsonConverter<string>
{
    private const int LongLength = 128;

    public override string Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        throw new NotSupportedException("fingerprints are only written");

    public override void Write(Utf8JsonWriter writer, string value, JsonSerializerOptions options)
    {
        if (value.Length < LongLength)
        {
            writer.WriteStringValue(value);
            return;
        }

        Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(MemoryMarshal.AsBytes(value.AsSpan()), hash);
        writer.WriteBase64StringValue(hash);
    }
}
