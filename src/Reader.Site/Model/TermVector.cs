namespace Reader.Site.Model;

/// <summary>An article's most distinctive words (ids in a <see cref="Vocabulary"/>) with unit-length TF-IDF weights.</summary>
public sealed record TermVector(IReadOnlyList<(int Word, double Weight)> Entries)
{
    /// <summary>Same words with the same weights, to the bit.</summary>
    public bool SameAs(TermVector? other) => other is not null && Entries.SequenceEqual(other.Entries);
}
