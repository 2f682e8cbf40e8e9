using Reader.Content;

namespace Reader.Site.Model;

/// <summary>A person as credited on one article, resolved to their author term.</summary>
/// <param name="CreditedName">The spelling used on this article, which may be an alias.</param>
public sealed record ArticleCredit(Term Person, AuthorRole Role, string? Affiliation, string CreditedName);
