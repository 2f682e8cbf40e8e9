using System.Net;
using Markdig;
using Reader.Ingest.Markdown;

namespace Reader.Ingest.Tests.Markdown;

public sealed class MarkdownEscaperTests
{
    // The site may enable Markdig's extensions (emphasis extras, math, tables); escaping must hold under them too.
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UseAdvancedExtensions().Build();

    [Theory]
    [InlineData("the *so-called* formula [sic]", @"the \*so-called\* formula \[sic\]")]
    [InlineData("# not a heading", @"\# not a heading")]
    [InlineData("> not a quote", @"\> not a quote")]
    [InlineData("- not a list", @"\- not a list")]
    [InlineData("+ not a list", @"\+ not a list")]
    [InlineData("1. Not a list", @"1\. Not a list")]
    [InlineData("1) In May 2014", @"1\) In May 2014")]
    [InlineData("snake_case stays", "snake_case stays")]
    [InlineData("<div> is text", @"\<div> is text")]
    [InlineData("a < b and AT&amp;T", @"a < b and AT\&amp;T")]
    [InlineData(@"C:\path", @"C:\\path")]
    [InlineData("costs $5 or ~10 `code`", @"costs \$5 or \~10 \`code\`")]
    [InlineData("Shinzō “quotes” and Кремль", "Shinzō “quotes” and Кремль")]
    public void Escapes_what_could_form_markup(string text, string expected) => Assert.Equal(expected, MarkdownEscaper.Escape(text));

    [Theory]
    [InlineData("the *so-called* formula [sic] and _under_ it")]
    [InlineData("# 1. > - + <b>bold</b> &amp; $x$ ~~gone~~ ^sup^ `code` [link](http://x)")]
    [InlineData("1) In May 2014, the two countries signed an agreement")]
    [InlineData(@"back\slash and \* star")]
    public void Rendered_escaped_text_shows_the_original_words(string text)
    {
        var html = Markdig.Markdown.ToHtml(MarkdownEscaper.Escape(text), Pipeline).Trim();
        Assert.StartsWith("<p>", html);
        Assert.Equal(text, WebUtility.HtmlDecode(html[3..^4]));
    }

    [Fact]
    public void Heading_keeps_a_trailing_hash()
    {
        var html = Markdig.Markdown.ToHtml("## " + MarkdownEscaper.EscapeHeading("We're number #"), Pipeline).Trim();
        Assert.Equal("We're number #", WebUtility.HtmlDecode(html[(html.IndexOf('>') + 1)..html.LastIndexOf('<')]));
    }
}
