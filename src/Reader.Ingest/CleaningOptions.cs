namespace Reader.Ingest;

/// <summary>
/// Switches for the cleaner. Everything is on in normal use; tests turn the block classifier off to see what the
/// rules and heuristics alone decide, and the evaluation turns parts off to measure what each is worth.
/// </summary>
public sealed record CleaningOptions
{
    public static CleaningOptions Default { get; } = new();

    /// <summary>The trained block classifier has the last word on which blocks are the article (text dumps and HTML).</summary>
    public bool UseBlockClassifier { get; init; } = true;

    /// <summary>Trust <c>article</c>, <c>main</c>, <c>[itemprop=articleBody]</c> over scoring when they hold the text.</summary>
    public bool UseStrongSignals { get; init; } = true;

    /// <summary>Class and id words (sidebar, related, byline …) in scoring and pruning.</summary>
    public bool UseClassHints { get; init; } = true;

    /// <summary>Remove link-heavy and form-like blocks inside the located body.</summary>
    public bool UseConditionalPruning { get; init; } = true;

    /// <summary>Add the top candidate's siblings that read like article paragraphs.</summary>
    public bool UseSiblingMerge { get; init; } = true;

    /// <summary>Remove the selector list (consent, share, related …) before locating the body.</summary>
    public bool UseBoilerplateSelectors { get; init; } = true;

    /// <summary>Fall back to JSON-LD <c>articleBody</c> when the page's markup yields much less text.</summary>
    public bool UseJsonLdBody { get; init; } = true;
}
