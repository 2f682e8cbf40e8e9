namespace Reader.Ingest.Metadata;

/// <summary>One person as a byline names them, with the job title and institution it gives.</summary>
public sealed record BylineCredit(string Name, string? Title = null, string? Affiliation = null);
