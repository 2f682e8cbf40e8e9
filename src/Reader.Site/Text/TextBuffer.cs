using System.Buffers;

namespace Reader.Site.Text;

/// <summary>
/// Scratch text in a pooled array: a body's plain and folded text are made, read and let go many times a build,
/// and builders would allocate their arrays for each.
/// </summary>
internal sealed class TextBuffer(int capacity) : IDisposable
{
    private char[] _chars = ArrayPool<char>.Shared.Rent(Math.Max(capacity, 256));

    public int Length { get; private set; }

    public ReadOnlySpan<char> Span => _chars.AsSpan(0, Length);

    public void Append(char c) => AppendSpan(1)[0] = c;

    public void Append(ReadOnlySpan<char> text) => text.CopyTo(AppendSpan(text.Length));

    /// <summary>Room for <paramref name="length"/> more characters, counted as written.</summary>
    public Span<char> AppendSpan(int length)
    {
        if (Length + length > _chars.Length)
        {
            var larger = ArrayPool<char>.Shared.Rent(Math.Max(_chars.Length * 2, Length + length));
            Span.CopyTo(larger);
            ArrayPool<char>.Shared.Return(_chars);
            _chars = larger;
        }

        var room = _chars.AsSpan(Length, length);
        Length += length;
        return room;
    }

    /// <summary>Drops the last characters: <paramref name="length"/> is the length to keep.</summary>
    public void Truncate(int length) => Length = Math.Min(Length, length);

    public void Clear() => Length = 0;

    public override string ToString() => new(Span);

    public void Dispose()
    {
        ArrayPool<char>.Shared.Return(_chars);
        _chars = [];
        Length = 0;
    }
}
