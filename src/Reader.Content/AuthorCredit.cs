namespace Reader.Content;

/// <summary>
/// One person credited on an article. In front matter either a plain name
/// (<c>authors: [Jane Doe]</c>) or a mapping with <c>name</c>, <c>role</c> and <c>affiliation</c>.
/// </summary>
public sealed record AuthorCredit(string Name, AuthorRole Role = AuthorRole.Author, string? Affiliation = null);
