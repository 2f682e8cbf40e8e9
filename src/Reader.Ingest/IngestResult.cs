using Reader.Content;

namespace Reader.Ingest;

/// <summary>Everything one ingest run did, for the terminal table and the JSON report.</summary>
public sealed record IngestResult(IReadOnlyList<SeedOutcome> Seeds, IReadOnlyList<string> AuthorFilesCreated, IReadOnlyList<Diagnostic> Diagnostics)
{
    public bool HasErrors => Diagnostics.Any(d => d.IsError);

    /// <summary>Names mentioned in several articles that no file of <c>input/people/</c> covers, for a maintainer to consider.</summary>
    public IReadOnlyList<People.PersonCandidate> PersonCandidates { get; init; } = [];
}
