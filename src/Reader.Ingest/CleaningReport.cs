namespace Reader.Ingest;

/// <summary>An audit of one page's cleaning, so a maintainer can check that nothing of value was cut.</summary>
/// <param name="Removals">What each rule removed, in rule order; rules that removed nothing are left out.</param>
/// <param name="Warnings">Missing or derived metadata and anything else a maintainer should look at.</param>
public sealed record CleaningReport(
    int LinesKept,
    int LinesRemoved,
    int CharactersKept,
    int CharactersRemoved,
    IReadOnlyList<RuleRemoval> Removals,
    IReadOnlyList<string> Warnings);

/// <summary>The lines one rule removed from a page.</summary>
/// <param name="Samples">The first few removed lines, shortened, so the report shows what went.</param>
public sealed record RuleRemoval(string Rule, int Lines, int Characters, IReadOnlyList<string> Samples);
