namespace Reader.Ingest.Html;

/// <summary>
/// Switches for the HTML heuristics. Everything is on in normal use; the evaluation turns them off one at a
/// time to measure what each is worth (the ablation table in the evaluation test's output).
/// </summary>
public sealed record HtmlCleaningOptions
{
    public static HtmlCleaningOptions Default { get; } = new();

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
