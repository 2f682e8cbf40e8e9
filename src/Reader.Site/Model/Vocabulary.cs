using System.Collections.Concurrent;

namespace Reader.Site.Model;

/// <summary>
/// Gives every distinct word a number, so term vectors and inverted indexes work on integers rather than
/// strings. Safe to use from many threads; numbers depend on scheduling, so ordering uses <see cref="Word"/>.
/// </summary>
public sealed class Vocabulary
{
    private readonly ConcurrentDictionary<string, int> _ids = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    private readonly Lock _adding = new();
    private string[] _words = new string[1024];
    private int _count;

    public Vocabulary() => _lookup = _ids.GetAlternateLookup<ReadOnlySpan<char>>();

    public int Count => Volatile.Read(ref _count);

    public int Id(ReadOnlySpan<char> word)
    {
        if (_lookup.TryGetValue(word, out var id))
        {
            return id;
        }

        lock (_adding)
        {
            if (_lookup.TryGetValue(word, out id))
            {
                return id;
            }

            var text = word.ToString();
            if (_count == _words.Length)
            {
                Array.Resize(ref _words, _count * 2);
            }

            id = _count;
            _words[id] = text;
            Volatile.Write(ref _count, id + 1);
            _ids[text] = id;
            return id;
        }
    }

    public string Word(int id) => Volatile.Read(ref _words)[id];
}
