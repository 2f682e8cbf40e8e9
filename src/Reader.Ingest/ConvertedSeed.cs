using Reader.Content;
using Reader.Ingest.Themes;

namespace Reader.Ingest;

/// <summary>A seed made into an article file's content: cleaned, with themes and source recorded.</summary>
public sealed record ConvertedSeed(SeedPage Page, ArticleFrontMatter FrontMatter, string Body, CleaningReport Report, IReadOnlyList<ThemeScore> ThemeScores, IReadOnlyDictionary<string, string> AuthorBios)
{
    public string ToMarkdown() => FrontMatterWriter.Write(FrontMatter, Body);
}
