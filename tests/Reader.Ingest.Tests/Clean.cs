using Reader.Content;

namespace Reader.Ingest.Tests;

/// <summary>Runs the cleaner on an inline page, for tests that read like small specs.</summary>
public static class Clean
{
    /// <summary>
    /// What the rules alone make of the page, without the block classifier: the rule specs pin each rule's verdict,
    /// while what the classifier then decides is measured on real pages and pinned by the golden files.
    /// </summary>
    public static CleanedArticle Page(params string[] lines) =>
        new Cleaner(CleaningOptions.Default with { UseBlockClassifier = false }).Clean(SeedPage.FromText(string.Join('\n', lines)));

    public static string Body(params string[] lines) => Page(lines).Body;

    /// <summary>A paragraph long enough to count as article prose.</summary>
    public static string Prose(string words = "the negotiations") =>
        $"This is a long paragraph about {words} that goes on well past a hundred characters, as the body of an article does.";
}
