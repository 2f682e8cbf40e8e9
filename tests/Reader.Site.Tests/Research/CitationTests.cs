using System.Text.Json;
using Reader.Site.Tests.Support;

namespace Reader.Site.Tests.Research;

public sealed class CitationTests
{
    private const string Collection = """
        -- input/authors/kazuhiko-togo.md --
        ---
        name: Kazuhiko Togo
        ---
        -- input/authors/dmitry-streltsov.md --
        ---
        name: Dmitry Streltsov
        ---
        -- input/articles/role-of-china.md --
        ---
        title: The Role of China in Japan-Russia Relations
        authors: [Kazuhiko Togo, Dmitry Streltsov]
        date: 2024-03-26
        kind: chapter
        container_title: Japan and Russia in a Changing World
        editors: [Jane Roe, Ivan Petrov]
        pages: 311–330
        publisher: Amsterdam University Press
        doi: 10.1017/9789048556793.021
        ---
        Text of the chapter.
        -- input/articles/policy-report.md --
        ---
        title: Energy Options
        authors: [Kazuhiko Togo]
        date: 2019-02-01
        kind: report
        issue: "12"
        publisher: The Tokyo Foundation
        source_url: https://example.org/reports/12
        ---
        Text of the report.
        """;

    [Fact]
    public void A_chapter_cites_as_a_chapter_in_its_book_with_editors_pages_and_publisher()
    {
        using var site = MiniSite.Build(Collection);
        Assert.Empty(site.Errors);

        var styles = site.Html("articles/role-of-china/index.html").QuerySelectorAll("#cite dd.citation").Select(d => d.TextContent).ToList();
        Assert.Equal(
            "Togo, Kazuhiko, and Dmitry Streltsov. 2024. “The Role of China in Japan-Russia Relations.” In Japan and Russia in a Changing World, edited by Jane Roe and Ivan Petrov, 311–330. Amsterdam University Press. https://doi.org/10.1017/9789048556793.021.",
            styles[0]);
        Assert.Equal(
            "Togo, K., & Streltsov, D. (2024). The Role of China in Japan-Russia Relations. In J. Roe & I. Petrov (Eds.), Japan and Russia in a Changing World (pp. 311–330). Amsterdam University Press. https://doi.org/10.1017/9789048556793.021",
            styles[1]);
        Assert.Equal("Japan and Russia in a Changing World", site.Html("articles/role-of-china/index.html").QuerySelector("#cite dd.citation i")!.TextContent);
    }

    [Fact]
    public void Each_article_has_bibtex_ris_and_csl_json_and_the_collection_one_file_of_each()
    {
        using var site = MiniSite.Build(Collection);

        var bib = site.Text("articles/role-of-china/citation.bib");
        Assert.StartsWith("@incollection{togo2024role,", bib);
        Assert.Contains("booktitle = {Japan and Russia in a Changing World},", bib);
        Assert.Contains("editor = {Roe, Jane and Petrov, Ivan}", bib);
        Assert.Contains("pages = {311--330}", bib);
        Assert.Contains("doi = {10.1017/9789048556793.021}", bib);

        var ris = site.Text("articles/policy-report/citation.ris");
        Assert.StartsWith("TY  - RPRT", ris);
        Assert.Contains("UR  - https://example.org/reports/12", ris);
        Assert.Contains("\nER  - ", ris);

        using var csl = JsonDocument.Parse(site.Text("articles/role-of-china/citation.json"));
        var item = Assert.Single(csl.RootElement.EnumerateArray().ToList());
        Assert.Equal("chapter", item.GetProperty("type").GetString());
        Assert.Equal("Japan and Russia in a Changing World", item.GetProperty("container-title").GetString());
        Assert.Equal("Roe", item.GetProperty("editor")[0].GetProperty("family").GetString());
        Assert.Equal("311–330", item.GetProperty("page").GetString());

        using var all = JsonDocument.Parse(site.Text("citations.json"));
        Assert.Equal(2, all.RootElement.GetArrayLength());
        Assert.Equal(2, site.Text("citations.bib").Split("\n@", StringSplitOptions.None).Length);
        Assert.Equal(2, site.Text("citations.ris").Split("TY  - ").Length - 1);

        var links = site.Html("articles/policy-report/index.html").QuerySelectorAll("#cite a[download]").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal(["/articles/policy-report/citation.bib", "/articles/policy-report/citation.ris", "/articles/policy-report/citation.json", "/citations.bib", "/citations.ris", "/citations.json"], links);
    }

    [Fact]
    public void A_report_cites_as_a_report_with_its_number()
    {
        using var site = MiniSite.Build(Collection);

        var apa = site.Html("articles/policy-report/index.html").QuerySelectorAll("#cite dd.citation")[1];
        Assert.Equal("Togo, K. (2019). Energy Options (No. 12). The Tokyo Foundation. https://example.org/reports/12", apa.TextContent);
        Assert.Equal("Energy Options", apa.QuerySelector("i")!.TextContent);
    }
}
