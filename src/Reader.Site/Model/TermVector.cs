namespace Reader.Site.Model;

/// <summary>An article's most distinctive words (ids in a <see cref="Vocabulary"/>) with unit-length TF-IDF weights.</summary>
public sealed record TermVector(IReadOnlyList<(int Word, double Weight)> Entries);
