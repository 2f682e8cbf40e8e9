using System.Buffers.Binary;
using System.IO.Hashing;
using System.Text;

namespace Reader.Site.Outputs.Epub;

/// <summary>
/// Writes a zip file (PKWARE's APPNOTE, no ZIP64: a book is far below 4 GB) from entries given already deflated
/// (<see cref="DeflatedFile"/>) or stored as they are, so a chapter compressed once is copied into every book it is in.
/// Every entry has the same fixed time (1 January 1980, where zip times start) and no extra field, so the same
/// entries in the same order are the same bytes.
/// </summary>
public sealed class ZipWriter
{
    private const ushort Version = 20;
    private const ushort Stored = 0;
    private const ushort Deflate = 8;
    private const ushort Time = 0;
    private const ushort Date = (1 << 5) | 1;

    private readonly MemoryStream _stream = new();
    private readonly MemoryStream _directory = new();
    private int _count;

    /// <summary>Adds an entry whose bytes are stored uncompressed (EPUB's <c>mimetype</c> must be).</summary>
    public void AddStored(string name, ReadOnlySpan<byte> bytes) => Add(name, Stored, Crc32.HashToUInt32(bytes), bytes.Length, bytes);

    public void Add(string name, DeflatedFile file) => Add(name, Deflate, file.Crc, file.Length, file.Deflated.Span);

    /// <summary>Writes the central directory and returns the whole file; nothing can be added after.</summary>
    public ReadOnlyMemory<byte> Finish()
    {
        var directoryAt = _stream.Length;
        _directory.WriteTo(_stream);
        Span<byte> end = stackalloc byte[22];
        BinaryPrimitives.WriteUInt32LittleEndian(end, 0x06054b50);
        BinaryPrimitives.WriteUInt16LittleEndian(end[4..], 0);
        BinaryPrimitives.WriteUInt16LittleEndian(end[6..], 0);
        BinaryPrimitives.WriteUInt16LittleEndian(end[8..], checked((ushort)_count));
        BinaryPrimitives.WriteUInt16LittleEndian(end[10..], checked((ushort)_count));
        BinaryPrimitives.WriteUInt32LittleEndian(end[12..], checked((uint)_directory.Length));
        BinaryPrimitives.WriteUInt32LittleEndian(end[16..], checked((uint)directoryAt));
        BinaryPrimitives.WriteUInt16LittleEndian(end[20..], 0);
        _stream.Write(end);
        return _stream.GetBuffer().AsMemory(0, (int)_stream.Length);
    }

    private void Add(string name, ushort method, uint crc, int length, ReadOnlySpan<byte> data)
    {
        var nameBytes = Encoding.UTF8.GetBytes(name);

        // Bit 11 says a name is UTF-8; an ASCII name (every name but an image's) needs no flag.
        var flags = (ushort)(Ascii.IsValid(name) ? 0 : 1 << 11);
        var offset = checked((uint)_stream.Length);

        Span<byte> local = stackalloc byte[30];
        BinaryPrimitives.WriteUInt32LittleEndian(local, 0x04034b50);
        Common(local[4..], flags, method, crc, data.Length, length, nameBytes.Length);
        _stream.Write(local);
        _stream.Write(nameBytes);
        _stream.Write(data);

        Span<byte> central = stackalloc byte[46];
        BinaryPrimitives.WriteUInt32LittleEndian(central, 0x02014b50);
        BinaryPrimitives.WriteUInt16LittleEndian(central[4..], Version);
        Common(central[6..], flags, method, crc, data.Length, length, nameBytes.Length);
        BinaryPrimitives.WriteUInt16LittleEndian(central[32..], 0);
        BinaryPrimitives.WriteUInt16LittleEndian(central[34..], 0);
        BinaryPrimitives.WriteUInt16LittleEndian(central[36..], 0);
        BinaryPrimitives.WriteUInt32LittleEndian(central[38..], 0);
        BinaryPrimitives.WriteUInt32LittleEndian(central[42..], offset);
        _directory.Write(central);
        _directory.Write(nameBytes);
        _count++;
    }

    /// <summary>The fields the local header and the central directory share, from "version needed" to the name's length (and a zero extra length).</summary>
    private static void Common(Span<byte> header, ushort flags, ushort method, uint crc, int compressed, int length, int nameLength)
    {
        BinaryPrimitives.WriteUInt16LittleEndian(header, Version);
        BinaryPrimitives.WriteUInt16LittleEndian(header[2..], flags);
        BinaryPrimitives.WriteUInt16LittleEndian(header[4..], method);
        BinaryPrimitives.WriteUInt16LittleEndian(header[6..], Time);
        BinaryPrimitives.WriteUInt16LittleEndian(header[8..], Date);
        BinaryPrimitives.WriteUInt32LittleEndian(header[10..], crc);
        BinaryPrimitives.WriteUInt32LittleEndian(header[14..], checked((uint)compressed));
        BinaryPrimitives.WriteUInt32LittleEndian(header[18..], checked((uint)length));
        BinaryPrimitives.WriteUInt16LittleEndian(header[22..], checked((ushort)nameLength));
        BinaryPrimitives.WriteUInt16LittleEndian(header[24..], 0);
    }
}
