namespace Reader.Site.Text;

/// <summary>A spelling of a known person's name that, found in a body, links to their page.</summary>
/// <param name="PersonKey">Identifies the person, so only their first mention is linked.</param>
public sealed record AuthorMention(string Text, string PersonKey, string Url);
