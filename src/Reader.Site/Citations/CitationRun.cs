namespace Reader.Site.Citations;

/// <summary>A stretch of a formatted citation: plain or in italics (a book's or journal's title).</summary>
public sealed record CitationRun(string Text, bool Italic = false);
