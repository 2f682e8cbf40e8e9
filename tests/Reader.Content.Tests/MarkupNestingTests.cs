namespace Reader.Content.Tests;

public sealed class MarkupNestingTests
{
    [Theory]
    [InlineData("<p>One<p>Two<ul><li>a<li>b</ul><br><img src=x><script>if (a < b) { '<div>' }</script>")]
    [InlineData("<table><tr><td>1<td>2<tr><td>3</table><!-- <div><div> --><div title='a>b'>x</div>")]
    public void Markup_within_the_limit_comes_back_unchanged(string html)
    {
        Assert.Same(html, MarkupNesting.Limit(html, out _, maxDepth: 4));
    }

    [Fact]
    public void Elements_past_the_limit_lose_their_tags_and_keep_their_text()
    {
        var html = "<div><div><div><div><div><div>deep</div></div>text</div></div></div></div>";

        var limited = MarkupNesting.Limit(html, out var deepest, maxDepth: 3);

        Assert.Equal(6, deepest);
        Assert.Equal("<div><div><div>deeptext</div></div></div>", limited);
    }

    [Fact]
    public void Paragraphs_and_list_items_left_open_do_not_count_as_nesting()
    {
        var html = string.Concat(Enumerable.Repeat("<p>para", 1000)) + "<ul>" + string.Concat(Enumerable.Repeat("<li>item", 1000)) + "</ul>";

        MarkupNesting.Limit(html, out var deepest, maxDepth: 10);

        Assert.Equal(2, deepest);
    }
}
