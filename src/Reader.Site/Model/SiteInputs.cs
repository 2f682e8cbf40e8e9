using Reader.Content;

namespace Reader.Site.Model;

/// <summary>Every file of <c>input/</c>, parsed, in file order: what a <see cref="Site"/> is assembled from.</summary>
internal sealed record SiteInputs(
    IReadOnlyList<ParsedArticle> Articles,
    IReadOnlyList<ContentFile<AuthorFrontMatter>> Authors,
    IReadOnlyList<ContentFile<ThemeFrontMatter>> Themes,
    IReadOnlyList<ContentFile<PersonFrontMatter>> People,
    ContentFile<ThemeFrontMatter>? Index);
