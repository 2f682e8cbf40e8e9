namespace Reader.Content.Tests;

public sealed class NearestNameTests
{
    [Theory]
    [InlineData("themse", "themes")]
    [InlineData("theme", "themes")]
    [InlineData("source-url", "source_url")]
    [InlineData("SourceUrl", "source_url")]
    [InlineData("sumary", "summary")]
    [InlineData("tilte", "title")]
    [InlineData("zzzzzz", null)]
    [InlineData("id", null)]
    public void Suggests_the_nearest_known_name_or_nothing(string typed, string? expected) =>
        Assert.Equal(expected, NearestName.Find(typed, FrontMatterReader.ArticleKeys));

    [Theory]
    [InlineData("abc", "abc", 0)]
    [InlineData("abc", "acb", 1)]
    [InlineData("kitten", "sitting", 3)]
    [InlineData("", "abc", 3)]
    public void Distance_counts_a_swap_of_neighbours_as_one_edit(string a, string b, int expected) =>
        Assert.Equal(expected, NearestName.Distance(a, b));
}
