using Reader.Site.Text;

namespace Reader.Site.Tests.Text;

public sealed class SmartQuotesTests
{
    [Theory]
    [InlineData("Tokyo's plan", "Tokyo’s plan")]
    [InlineData("\"Worst\" relations", "“Worst” relations")]
    [InlineData("he said 'no' twice", "he said ‘no’ twice")]
    [InlineData("in the '90s", "in the ’90s")]
    [InlineData("(\"quoted\")", "(“quoted”)")]
    [InlineData("Japan’s “curly” already", "Japan’s “curly” already")]
    public void Curls_straight_quotes_by_what_stands_before_them(string text, string expected) =>
        Assert.Equal(expected, SmartQuotes.Curl(text));

    [Fact]
    public void Curls_quotes_in_a_body_across_emphasis_but_never_in_code()
    {
        var html = ArticleMarkdown.ToHtml("Russia's *\"turn\"* to Asia, `it's code`.\n");
        Assert.Contains("Russia’s <em>“turn”</em> to Asia", html);
        Assert.Contains("<code>it's code</code>", html);
    }
}
