using Reader.Ingest.Themes;

namespace Reader.Ingest;

/// <summary>One line of the ingest report: a seed, what happened to it, and what cleaning kept and removed.</summary>
public sealed record SeedOutcome(
    string Source,
    SeedStatus Status,
    string? ArticlePath,
    CleaningReport? Cleaning,
    IReadOnlyList<ThemeScore> Themes,
    IReadOnlyList<string> Authors);
