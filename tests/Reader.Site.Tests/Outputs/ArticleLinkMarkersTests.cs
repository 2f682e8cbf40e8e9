using System.Text;
using System.Text.RegularExpressions;
using Reader.Site.Outputs.Epub;

namespace Reader.Site.Tests.Outputs;

/// <summary>Markers are found and resolved in a chapter's bytes exactly where the pattern they stand for matches.</summary>
public sealed partial class ArticleLinkMarkersTests
{
    [Theory]
    [InlineData("<p><a href=\"reader-article:b\">B</a> and <a href=\"reader-article:c#p-1\">C</a> and <a href=\"reader-article:b#x\">B again</a></p>")]
    [InlineData("href=\"reader-article:\" href=\"reader-article:UPPER\" href=\"reader-article:ok-2\"")]
    [InlineData("href=\"reader-article:a#no closing quote")]
    [InlineData("href=\"reader-article:a b\" href=\"reader-article:c#д\" href=\"reader-article:href=\"reader-article:d\"")]
    [InlineData("no markers at all, Текст")]
    [InlineData("")]
    public void Markers_are_found_and_resolved_as_the_pattern_matches(string xhtml)
    {
        var bytes = Encoding.UTF8.GetBytes(xhtml);
        Assert.Equal(Pattern().Matches(xhtml).Select(m => m.Groups[1].Value).Distinct().Order(StringComparer.Ordinal), ArticleLinkMarkers.Slugs(bytes));

        using var resolved = new PooledStream(4);
        ArticleLinkMarkers.Resolve(bytes, slug => slug == "b" ? "b.xhtml" : $"https://site.example/articles/{slug}/", resolved);
        var expected = Pattern().Replace(xhtml, m => $"href=\"{(m.Groups[1].Value == "b" ? "b.xhtml" : $"https://site.example/articles/{m.Groups[1].Value}/")}{m.Groups[2].Value}\"");
        Assert.Equal(expected, Encoding.UTF8.GetString(resolved.Written));
    }

    [Fact]
    public void A_deflated_file_inflates_to_its_bytes_through_a_pooled_stream_that_grew()
    {
        using var stream = new PooledStream(1);
        for (var i = 0; i < 1000; i++)
        {
            stream.Write(Encoding.UTF8.GetBytes($"<p>Paragraph {i}, текст.</p>\n"));
        }

        var file = DeflatedFile.Of(stream.Written);
        Assert.Equal(stream.Written.ToArray(), file.Inflate());
        Assert.True(file.Deflated.Length < file.Length / 4);
    }

    [GeneratedRegex("href=\"reader-article:([a-z0-9-]+)(#[^\"]*)?\"")]
    private static partial Regex Pattern();
}
