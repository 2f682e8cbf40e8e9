using Reader.Content;
using Reader.Site.Model;
using Reader.Site.Tests.Support;
using Reader.Site.Text;

namespace Reader.Site.Tests.Text;

/// <summary>Bodies rendered during the analysis are kept for their pages, as text and then deflated, up to a limit; past it they are rendered again: the same HTML every way.</summary>
public sealed class KeptBodiesTests
{
    [Fact]
    public void Past_the_limit_a_body_is_rendered_again_to_the_same_html()
    {
        using var folder = new TempFolder();
        var input = folder.Combine("input");
        Directory.CreateDirectory(Path.Combine(input, "articles"));
        File.WriteAllText(Path.Combine(input, "index.md"), "---\ntitle: Kept\n---\n");
        for (var i = 0; i < 3; i++)
        {
            File.WriteAllText(Path.Combine(input, "articles", $"a-{i}.md"), $"---\ntitle: Article {i}\nauthors: [Ann Writer]\n---\n## Part {i}\n\nAnn Writer wrote paragraph {i} in 2016.\n");
        }

        var diagnostics = new DiagnosticBag();
        var site = SiteLoader.Load(new ReaderSettings(), input, diagnostics);
        Assert.False(diagnostics.HasErrors, string.Join("\n", diagnostics.Items));
        var urls = new SiteUrls(new ReaderSettings());
        var unlimited = new ArticleBodyRenderer(site, urls);
        var limited = new ArticleBodyRenderer(site, urls, keptSizeLimit: 1);
        var deflated = new ArticleBodyRenderer(site, urls, textSizeLimit: 1);
        foreach (var article in site.Articles)
        {
            ArticleAnalyser.Analyse(article, new Vocabulary(), unlimited);
            ArticleAnalyser.Analyse(article, new Vocabulary(), limited);
            ArticleAnalyser.Analyse(article, new Vocabulary(), deflated);
        }

        var first = site.Articles[0];
        Assert.False(new ArticleBodyRenderer(site, urls, keptSizeLimit: 1).Keep(first, ArticleMarkdown.Parse(first.ReadMarkdown())));
        Assert.True(new ArticleBodyRenderer(site, urls).Keep(first, ArticleMarkdown.Parse(first.ReadMarkdown())));
        Assert.True(new ArticleBodyRenderer(site, urls, textSizeLimit: 1).Keep(first, ArticleMarkdown.Parse(first.ReadMarkdown())));
        foreach (var article in site.Articles)
        {
            var kept = unlimited.Render(article, handOver: false);
            Assert.Contains("paragraph", kept, StringComparison.Ordinal);
            Assert.Equal(kept, limited.Render(article, handOver: false));
            Assert.Equal(kept, deflated.Render(article, handOver: false));
            Assert.Equal(kept, unlimited.Render(article));
            Assert.Equal(kept, limited.Render(article));
            Assert.Equal(kept, deflated.Render(article));
        }
    }
}
