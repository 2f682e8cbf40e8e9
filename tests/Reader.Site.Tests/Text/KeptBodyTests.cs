using Reader.Site.Text;

namespace Reader.Site.Tests.Text;

/// <summary>A kept body gives back its HTML exactly, and deflated it costs much less than as text.</summary>
public sealed class KeptBodyTests
{
    [Fact]
    public void A_deflated_body_gives_back_the_same_html_in_a_fraction_of_the_memory()
    {
        var html = string.Concat(Enumerable.Range(0, 200).Select(i => $"<p id=\"p-{i}\">Paragraph {i}: Японии и России, 日本とロシア — “quoted” &amp; more.</p>\n"));
        var text = KeptBody.Text(html);
        var deflated = KeptBody.Deflated(html);
        Assert.Equal(html, text.Html());
        Assert.Equal(html, deflated.Html());
        Assert.Equal(2L * html.Length, text.Size);
        Assert.True(deflated.Size * 5 < text.Size, $"deflated {deflated.Size} B, as text {text.Size} B");
        Assert.Equal("", KeptBody.Deflated("").Html());
    }
}
