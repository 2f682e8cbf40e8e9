using System.Text;

namespace Reader.Ingest.Tests.Fuzzing;

/// <summary>
/// Deterministic byte mutations for fuzzing: bit flips, truncation, duplication, splicing two inputs, and inserting
/// tags, quotes and NULs. The same seed always gives the same cases, so a CI failure reproduces locally.
/// </summary>
public sealed class Mutator(int seed)
{
    private static readonly string[] Insertions =
    [
        "<", ">", "</p>", "<div>", "<h1>", "</h1>", "<script>", "<!--", "-->", "<![CDATA[", "&", "&#0;", "&#xD800;", "\"", "'", "`",
        "\0", "\0\0\0\0", "\uFEFF", "\r", "\u2028", "---\n", "* ", "# ", "By ", "Home | News", "<meta charset=\"shift_jis\">",
        "<table><tr><td>", "<a href=\"javascript:x\">", "</html>", "<!doctype html>", "\uD800", "ðŸ", "\u202E", "[", "](", "{{", "}}",
    ];

    private readonly Random _random = new(seed);

    public byte[] RandomBytes(int maxLength)
    {
        var bytes = new byte[_random.Next(maxLength + 1)];
        _random.NextBytes(bytes);
        return bytes;
    }

    /// <summary>One to four mutations of <paramref name="input"/>, some splicing in a piece of <paramref name="other"/>.</summary>
    public byte[] Mutate(byte[] input, byte[] other)
    {
        var bytes = input.ToList();
        var count = 1 + _random.Next(4);
        for (var i = 0; i < count; i++)
        {
            switch (_random.Next(6))
            {
                case 0 when bytes.Count > 0:
                    for (var flips = 1 + _random.Next(16); flips > 0; flips--)
                    {
                        var at = _random.Next(bytes.Count);
                        bytes[at] ^= (byte)(1 << _random.Next(8));
                    }

                    break;
                case 1 when bytes.Count > 0:
                    bytes = [.. bytes.Take(_random.Next(bytes.Count + 1))];
                    break;
                case 2 when bytes.Count > 0:
                    var start = _random.Next(bytes.Count);
                    var length = _random.Next(Math.Min(4096, bytes.Count - start) + 1);
                    bytes.InsertRange(_random.Next(bytes.Count + 1), bytes.GetRange(start, length));
                    break;
                case 3 when other.Length > 0:
                    var from = _random.Next(other.Length);
                    var piece = other.AsSpan(from, _random.Next(Math.Min(8192, other.Length - from) + 1)).ToArray();
                    bytes.InsertRange(_random.Next(bytes.Count + 1), piece);
                    break;
                case 4:
                    for (var inserts = 1 + _random.Next(20); inserts > 0; inserts--)
                    {
                        var text = Insertions[_random.Next(Insertions.Length)];
                        bytes.InsertRange(_random.Next(bytes.Count + 1), Encoding.UTF8.GetBytes(text));
                    }

                    break;
                default:
                    var noise = new byte[_random.Next(64)];
                    _random.NextBytes(noise);
                    bytes.InsertRange(_random.Next(bytes.Count + 1), noise);
                    break;
            }
        }

        return [.. bytes];
    }

    public int Next(int max) => _random.Next(max);
}
