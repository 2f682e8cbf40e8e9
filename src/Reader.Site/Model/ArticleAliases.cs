using Reader.Content;

namespace Reader.Site.Model;

/// <summary>
/// An article's earlier slugs (<c>aliases: [old-slug]</c>): each becomes a page at the old address that sends readers
/// on. A redirect never takes another page's place: an alias that is another article's slug, or another article's
/// alias, is an error naming both files.
/// </summary>
internal static class ArticleAliases
{
    /// <summary>The aliases as slugs; "/articles/old-slug/" is read as "old-slug". One that is not a slug is an error.</summary>
    public static IReadOnlyList<string> Read(ParsedArticle parsed, DiagnosticBag diagnostics)
    {
        var aliases = new List<string>();
        foreach (var written in parsed.Matter.Aliases)
        {
            var alias = written.Trim().Trim('/');
            alias = alias.StartsWith("articles/", StringComparison.Ordinal) ? alias["articles/".Length..] : alias;
            if (!Slug.IsValid(alias))
            {
                diagnostics.Add(Diagnostic.Error(parsed.File.DisplayPath, FrontMatterLines.Find(parsed.Head, "aliases", written),
                    $"the alias '{written}' is not a slug", $"write the old address's last part, e.g. aliases: [{Slug.From(written)}]"));
            }
            else if (!aliases.Contains(alias))
            {
                aliases.Add(alias);
            }
        }

        return aliases;
    }

    /// <summary>
    /// Reports each alias that would take another page's address, and drops it from its article, so the error is
    /// the alias's alone rather than also two pages written to one file.
    /// </summary>
    /// <param name="parsed">The articles as read, in the order of <paramref name="resolved"/>.</param>
    public static void Check(IReadOnlyList<ParsedArticle> parsed, Article[] resolved, DiagnosticBag diagnostics)
    {
        var owners = new Dictionary<string, (string Path, bool IsAlias)>(StringComparer.Ordinal);
        foreach (var article in resolved)
        {
            owners[article.Slug] = (article.Path, false);
        }

        for (var i = 0; i < resolved.Length; i++)
        {
            var article = resolved[i];
            var kept = new List<string>(article.Aliases.Count);
            foreach (var alias in article.Aliases)
            {
                if (owners.TryGetValue(alias, out var owner))
                {
                    var line = FrontMatterLines.Find(parsed[i].Head, "aliases", alias);
                    var (message, hint) = owner switch
                    {
                        { IsAlias: false } when owner.Path == article.Path => ($"the alias '{alias}' is the article's own slug", "remove it from aliases"),
                        { IsAlias: false } => ($"the alias '{alias}' is the address of {owner.Path}; its redirect would replace that article's page", "remove the alias, or rename one of the articles"),
                        _ => ($"the alias '{alias}' is also an alias of {owner.Path}; two redirects would be written to one address", "keep the alias on one article only"),
                    };
                    diagnostics.Add(Diagnostic.Error(article.Path, line, message, hint));
                    continue;
                }

                owners[alias] = (article.Path, true);
                kept.Add(alias);
            }

            if (kept.Count != article.Aliases.Count)
            {
                resolved[i] = article.WithAliases(kept);
            }
        }
    }
}
