namespace Reader.Site.Model;

/// <summary>An article's most distinctive words with unit-length TF-IDF weights, sorted by word.</summary>
public sealed record TermVector(IReadOnlyList<(string Word, double Weight)> Entries);
