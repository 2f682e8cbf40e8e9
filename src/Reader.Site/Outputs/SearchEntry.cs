namespace Reader.Site.Outputs;

/// <summary>One article in an article shard of the search index: what the search script shows of a result.</summary>
/// <param name="Text">The summary, or the opening of the text: the result's snippet.</param>
public sealed record SearchEntry(string Url, string Title, string? People, string Date, string Language, string Text);
