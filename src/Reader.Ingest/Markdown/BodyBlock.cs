namespace Reader.Ingest.Markdown;

public enum BodyBlockKind
{
    Paragraph,
    Heading,
    Question,
    List,
    Break,
}

/// <summary>One block of the article body, its text as the page gives it (not yet escaped).</summary>
/// <param name="Items">The entries of a list; empty for other kinds.</param>
/// <param name="Language">The passage's language by script, or null when it has no letters.</param>
/// <param name="FirstNumber">For a numbered list, the number its first entry has on the page; null for bullets.</param>
public sealed record BodyBlock(BodyBlockKind Kind, string Text, IReadOnlyList<string> Items, string? Language, int? FirstNumber = null)
{
    /// <summary>All the words of the block, list entries included.</summary>
    public string AllText => Kind == BodyBlockKind.List ? string.Join(' ', Items) : Text;
}
