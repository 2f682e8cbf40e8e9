namespace Reader.Content;

/// <summary>Where a spelling of a name stands in a text; <see cref="Length"/> includes the word ending a prefix spelling matched.</summary>
public readonly record struct NameMatch(int Index, int Length, NameSpelling Spelling);
