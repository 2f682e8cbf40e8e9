namespace Reader.Ingest.Themes;

/// <summary>How strongly an article's text points to a theme, and whether that passed the threshold.</summary>
public sealed record ThemeScore(string Slug, int Score, bool Assigned);
