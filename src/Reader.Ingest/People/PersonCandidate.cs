namespace Reader.Ingest.People;

/// <summary>A name ingest found in several articles that no file of <c>input/people/</c> covers: a proposal for a maintainer.</summary>
/// <param name="Evidence">Why it looks like a person: "after a title", "capitalised words", "Cyrillic", "author".</param>
/// <param name="Articles">The articles that mention it (their paths, relative to the project root), in path order.</param>
public sealed record PersonCandidate(string Name, int Mentions, IReadOnlyList<string> Articles, IReadOnlyList<string> Evidence)
{
    /// <summary>The command that makes its file.</summary>
    public string Command => $"reader new person \"{Name.Replace("\"", "\\\"", StringComparison.Ordinal)}\"";
}
