namespace Reader.Site.Outputs;

/// <summary>One article in a search shard, besides its text: what the search script matches and shows.</summary>
public sealed record SearchEntry(string Url, string Title, string? People, string Themes, string Date, string Language);
