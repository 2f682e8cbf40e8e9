namespace Reader.Site.Outputs;

/// <summary>One article in search-index.json: what the search script matches and shows.</summary>
/// <param name="Text">The body as plain text, one line per block.</param>
public sealed record SearchEntry(string Url, string Title, string? People, string Themes, string Date, string Language, string Text);
