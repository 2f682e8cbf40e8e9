namespace Reader.Site.Views;

/// <summary>
/// Where an article's text comes from and what was done to it: the original's address, publisher and host, when it
/// was captured, the seed's file and hash, what cleaning removed, and which metadata the editors supplied.
/// </summary>
/// <param name="Host">The original's web site, where it differs from the publisher.</param>
/// <param name="CapturedIso">For a &lt;time datetime&gt;; null when the capture date is not recorded.</param>
/// <param name="Removed">Lines cleaning removed, by rule, as the article's front matter records them.</param>
/// <param name="Extracted">Lines cleaning took into the front matter (title, byline, date …), by rule.</param>
/// <param name="Derived">Notes on metadata the editors supplied rather than the source stated.</param>
public sealed record ProvenanceView(
    string? SourceUrl,
    string? Publisher,
    string? OriginalPublisher,
    string? Host,
    string? CapturedText,
    string? CapturedIso,
    string? Seed,
    string? SeedHash,
    string? RemovedText,
    IReadOnlyList<RemovalView> Removed,
    IReadOnlyList<RemovalView> Extracted,
    IReadOnlyList<string> Derived);

/// <summary>One cleaning rule and the lines it removed or took into the front matter.</summary>
public sealed record RemovalView(string Rule, string LinesText);
