using System.IO.Compression;
using System.IO.Hashing;
using System.Runtime.InteropServices;

namespace Reader.Site.Outputs.Epub;

/// <summary>
/// A file's bytes deflated once, with what a zip entry records of the original (its CRC-32 and length), so the same
/// file goes into many books without being compressed again: an article's chapter is in its own book, in each of
/// its themes' books and in the collection's.
/// </summary>
public sealed class DeflatedFile
{
    private DeflatedFile(ReadOnlyMemory<byte> deflated, uint crc, int length) => (Deflated, Crc, Length) = (deflated, crc, length);

    public ReadOnlyMemory<byte> Deflated { get; }

    public uint Crc { get; }

    /// <summary>The length of the file before it was deflated.</summary>
    public int Length { get; }

    // Fastest, not Optimal: a book per article makes deflate a large part of a build, and the books are small text
    // either way (the same bytes for the same input, so builds stay deterministic).
    public static DeflatedFile Of(ReadOnlySpan<byte> bytes)
    {
        // Deflated into a pooled buffer and copied out at its size: the array is kept as long as the chapter is.
        using var stream = new PooledStream(bytes.Length / 2);
        using (var deflate = new DeflateStream(stream, CompressionLevel.Fastest, leaveOpen: true))
        {
            deflate.Write(bytes);
        }

        return new DeflatedFile(stream.Written.ToArray(), Crc32.HashToUInt32(bytes), bytes.Length);
    }

    /// <summary>The original bytes again.</summary>
    public byte[] Inflate()
    {
        var bytes = new byte[Length];
        Inflate(bytes);
        return bytes;
    }

    /// <summary>Writes the original bytes into the first <see cref="Length"/> bytes of <paramref name="destination"/>.</summary>
    public void Inflate(Span<byte> destination)
    {
        var source = MemoryMarshal.TryGetArray(Deflated, out var array) ? new MemoryStream(array.Array!, array.Offset, array.Count, writable: false) : new MemoryStream(Deflated.ToArray());
        using var inflate = new DeflateStream(source, CompressionMode.Decompress);
        inflate.ReadExactly(destination[..Length]);
    }
}
