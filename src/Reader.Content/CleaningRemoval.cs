namespace Reader.Content;

/// <summary>How many of the seed's lines one cleaning rule removed (or took into the front matter), as ingest recorded it.</summary>
public sealed record CleaningRemoval(string Rule, int Lines);
