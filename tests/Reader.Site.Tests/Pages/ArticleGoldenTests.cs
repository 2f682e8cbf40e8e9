using Reader.Site.Tests.Support;

namespace Reader.Site.Tests.Pages;

public sealed class ArticleGoldenTests : IClassFixture<SampleSite>
{
    private readonly BuiltSite _site;

    public ArticleGoldenTests(SampleSite sample) => _site = sample.Site;

    [Fact]
    public void Chapter_page_matches_its_golden_html() =>
        Golden.Verify("article", _site.Text("articles/togo-streltsov-chapter/index.html"));
}
