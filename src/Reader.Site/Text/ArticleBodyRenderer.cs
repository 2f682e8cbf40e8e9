using Reader.Content;
using Reader.Site.Model;

namespace Reader.Site.Text;

/// <summary>Renders every article body once, in parallel: heading anchors, then links to people mentioned, then HTML.</summary>
public static class ArticleBodyRenderer
{
    public static IReadOnlyDictionary<string, ArticleBody> RenderAll(Model.Site site, SiteUrls urls)
    {
        var mentions = Mentions(site.Authors, urls);
        var bodies = new ArticleBody[site.Articles.Count];
        Parallel.For(0, site.Articles.Count, i =>
        {
            var article = site.Articles[i];
            var sections = HeadingAnchors.Apply(article.Document);
            var credited = article.Credits.Select(c => c.Person.Key).ToHashSet(StringComparer.Ordinal);
            AuthorMentionLinker.Apply(article.Document, mentions, credited);
            bodies[i] = new ArticleBody(ArticleMarkdown.ToHtml(article.Document), sections);
        });

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
