namespace Reader.Content;

/// <summary>
/// The front matter of <c>input/themes/&lt;slug&gt;.md</c>: a topic that groups articles
/// (not the <c>theme/</c> folder, which holds templates).
/// </summary>
public sealed record ThemeFrontMatter
{
    /// <summary>The theme's display title.</summary>
    public required string Title { get; init; }

    /// <summary>One or two sentences shown on the theme page and in listings.</summary>
    public string? Description { get; init; }

    /// <summary>
    /// Phrases that are evidence for the theme when ingest assigns themes; a weight may follow
    /// after a bar (<c>"Northern Territories|3"</c>), the default weight is 1.
    /// </summary>
    public IReadOnlyList<string> Keywords { get; init; } = [];
}
