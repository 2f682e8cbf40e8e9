using Reader.Content;
using Reader.Site.Incremental;
using Reader.Site.Model;

namespace Reader.Site.Text;

/// <summary>
/// Renders every article body once, in parallel: heading anchors, then links to people mentioned, then HTML.
/// With a cache, a body whose Markdown and links are unchanged since the last build is reused.
/// </summary>
public static class ArticleBodyRenderer
{
    public static IReadOnlyDictionary<string, ArticleBody> RenderAll(Model.Site site, SiteUrls urls, ArticleBodyCache? cache = null)
    {
        var mentions = Mentions(site.Authors, urls);
        var mentionsKey = cache is null ? "" : string.Join('\n', mentions.Select(m => $"{m.Text}\t{m.PersonKey}\t{m.Url}"));
        cache?.BeginBuild();
        var bodies = new ArticleBody[site.Articles.Count];
        Parallel.For(0, site.Articles.Count, i =>
        {
            var article = site.Articles[i];
            var credited = article.Credits.Select(c => c.Person.Key).ToHashSet(StringComparer.Ordinal);

            // A body's links depend on every person's spellings and on who is credited on the article itself.
            var linksKey = mentionsKey + "\n\n" + string.Join('\n', credited.Order(StringComparer.Ordinal));
            if (cache?.Find(article, linksKey) is { } cached)
            {
                bodies[i] = cached;
                return;
            }

            var document = cache?.FreshDocument(article) ?? article.Document;
            var sections = HeadingAnchors.Apply(document);
            AuthorMentionLinker.Apply(document, mentions, credited);
            bodies[i] = new ArticleBody(ArticleMarkdown.ToHtml(document), sections);
            cache?.Store(article, linksKey, bodies[i]);
        });

        cache?.Retain(site.Articles.Select(a => a.Slug));
        return Enumerable.Range(0, bodies.Length).ToDictionary(i => site.Articles[i].Slug, i => bodies[i], StringComparer.Ordinal);
    }

    /// <summary>Every spelling of every person: the page name, the file's aliases and the names they were credited under.</summary>
    public static IReadOnlyList<AuthorMention> Mentions(Taxonomy authors, SiteUrls urls)
    {
        var mentions = new List<AuthorMention>();
        foreach (var person in authors.Terms)
        {
            var spellings = new HashSet<string>(StringComparer.Ordinal) { person.Name };
            spellings.UnionWith(person.Profile?.Aliases ?? []);
            spellings.UnionWith(person.Articles.SelectMany(a => a.Credits).Where(c => c.Person == person).Select(c => c.CreditedName));
            var url = urls.Term(authors.Name, person.Slug);

            // A single short word ("Abe") would link too much that is not this person.
            mentions.AddRange(spellings.Where(s => s.Length >= 4).Select(s => new AuthorMention(s, person.Key, url)));
        }

        return [.. mentions.OrderByDescending(m => m.Text.Length).ThenBy(m => m.Text, StringComparer.Ordinal).ThenBy(m => m.Url, StringComparer.Ordinal)];
    }
}
