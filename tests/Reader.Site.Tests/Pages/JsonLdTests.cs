using System.Text.Json;
using Reader.Site.Tests.Support;

namespace Reader.Site.Tests.Pages;

public sealed class JsonLdTests : IClassFixture<SampleSite>
{
    private readonly BuiltSite _site;

    public JsonLdTests(SampleSite sample) => _site = sample.Site;

    [Fact]
    public void Chapter_is_a_scholarly_article_with_every_author_as_a_person_with_a_url()
    {
        var graph = Graph("articles/togo-streltsov-chapter/index.html");
        var article = graph.Single(n => n.GetProperty("@type").GetString() == "ScholarlyArticle");
        var authors = article.GetProperty("author").EnumerateArray().ToList();
        Assert.All(authors, a => Assert.Equal("Person", a.GetProperty("@type").GetString()));
        Assert.Equal(
            ["https://reader.example.org/authors/kazuhiko-togo/", "https://reader.example.org/authors/dmitry-streltsov/"],
            authors.Select(a => a.GetProperty("url").GetString()));
        Assert.Equal("2024-03-26", article.GetProperty("datePublished").GetString());
        Assert.Contains(graph, n => n.GetProperty("@type").GetString() == "BreadcrumbList");
    }

    [Fact]
    public void Interview_is_an_article()
    {
        var graph = Graph("articles/abiru-interview-covid-diplomacy/index.html");
        Assert.Contains(graph, n => n.GetProperty("@type").GetString() == "Article");
    }

    [Theory]
    [InlineData("authors/taisuke-abiru/index.html", true)]
    [InlineData("themes/china-factor/index.html", true)]
    [InlineData("themes/index.html", false)]
    [InlineData("archive/index.html", false)]
    public void List_pages_are_collection_pages(string page, bool hasBreadcrumbs)
    {
        var graph = Graph(page);
        Assert.Contains(graph, n => n.GetProperty("@type").GetString() == "CollectionPage");
        Assert.Equal(hasBreadcrumbs, graph.Any(n => n.GetProperty("@type").GetString() == "BreadcrumbList"));
    }

    [Fact]
    public void A_title_cannot_close_the_script_element()
    {
        using var site = MiniSite.Build("""
            -- input/articles/x.md --
            ---
            title: "Breaking </script><script>alert(1)</script>"
            ---
            Text.
            """);
        var html = site.Text("articles/x/index.html");
        var json = html[html.IndexOf("application/ld+json", StringComparison.Ordinal)..];
        json = json[(json.IndexOf('>') + 1)..json.IndexOf("</script>", StringComparison.Ordinal)];
        Assert.DoesNotContain("</", json);
        using var document = JsonDocument.Parse(json);
        Assert.Equal("Breaking </script><script>alert(1)</script>", document.RootElement.GetProperty("@graph")[0].GetProperty("headline").GetString());
    }

    private List<JsonElement> Graph(string page)
    {
        var script = _site.Html(page).QuerySelector("script[type='application/ld+json']")!;
        using var document = JsonDocument.Parse(script.TextContent);
        return [.. document.RootElement.GetProperty("@graph").EnumerateArray().Select(e => e.Clone())];
    }
}
