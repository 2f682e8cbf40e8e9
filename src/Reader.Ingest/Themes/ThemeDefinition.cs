using Reader.Content;

namespace Reader.Ingest.Themes;

/// <summary>A theme of the curated taxonomy as ingest needs it: its slug and the evidence that points to it.</summary>
public sealed record ThemeDefinition(string Slug, string Title, IReadOnlyList<ThemeKeyword> Keywords)
{
    public static ThemeDefinition From(string slug, ThemeFrontMatter matter) =>
        new(slug, matter.Title, [.. matter.Keywords.Select(ThemeKeyword.Parse)]);
}
