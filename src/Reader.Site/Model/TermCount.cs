namespace Reader.Site.Model;

/// <summary>How often a word (an id in a <see cref="Vocabulary"/>) occurs in one article.</summary>
public readonly record struct TermCount(int Word, int Count);
