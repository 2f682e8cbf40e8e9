using System.Text;
using Reader.Site.Outputs.Epub;

namespace Reader.Site.Tests.Outputs;

/// <summary>A chapter's links to articles are resolved once for each set of linked articles a book holds, not once per book.</summary>
public sealed class ArticleChapterTests
{
    private const string Marked = "<p><a href=\"reader-article:b\">B</a> and <a href=\"reader-article:c#p-1\">C</a></p>";

    [Fact]
    public void Each_set_of_held_articles_is_resolved_and_deflated_once()
    {
        var chapter = new ArticleChapter(DeflatedFile.Of(Encoding.UTF8.GetBytes(Marked)), ["b", "c"], []);
        var resolved = 0;
        string Href(string slug, bool held)
        {
            resolved++;
            return held ? slug + ".xhtml" : $"https://site/articles/{slug}/";
        }

        var collection = chapter.For(new HashSet<string> { "a", "b", "c", "d" }, Href);
        var theme = chapter.For(new HashSet<string> { "a", "b", "e" }, Href);
        Assert.Same(collection, chapter.For(new HashSet<string> { "a", "b", "c" }, Href));
        Assert.Same(theme, chapter.For(new HashSet<string> { "a", "b" }, Href));
        Assert.Equal(4, resolved); // each link of each variant
        Assert.Equal("<p><a href=\"b.xhtml\">B</a> and <a href=\"c.xhtml#p-1\">C</a></p>", Encoding.UTF8.GetString(collection.Inflate()));
        Assert.Equal("<p><a href=\"b.xhtml\">B</a> and <a href=\"https://site/articles/c/#p-1\">C</a></p>", Encoding.UTF8.GetString(theme.Inflate()));
    }

    [Fact]
    public void A_chapter_that_links_to_no_article_is_the_same_bytes_in_every_book()
    {
        var marked = DeflatedFile.Of("<p>No links.</p>"u8);
        var chapter = new ArticleChapter(marked, [], []);
        Assert.Same(marked, chapter.For(new HashSet<string> { "a" }, (_, _) => throw new InvalidOperationException("nothing to resolve")));
    }
}
