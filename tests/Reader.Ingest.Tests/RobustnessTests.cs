namespace Reader.Ingest.Tests;

/// <summary>The cleaner never throws: strange input gives warnings and whatever could be salvaged.</summary>
public sealed class RobustnessTests
{
    [Fact]
    public void Empty_page_is_not_a_page()
    {
        var result = new Cleaner().Clean(SeedPage.FromText(""));
        Assert.Equal(PageKind.Unreadable, result.Kind);
        Assert.Equal("the seed is empty", result.NotArticleReason);
        Assert.Equal("", result.Body);
    }

    [Fact]
    public void Binary_garbage_does_not_throw()
    {
        var random = new Random(42);
        var bytes = new byte[20_000];
        random.NextBytes(bytes);
        var result = new Cleaner().Clean(SeedPage.FromBytes(bytes, "seeds/garbage.txt"));
        Assert.False(string.IsNullOrEmpty(result.FrontMatter.Title));
        Assert.Equal("seeds/garbage.txt", result.FrontMatter.Source);
    }

    [Theory]
    [InlineData("\n\n\n")]
    [InlineData("×")]
    [InlineData("  • only\n  • a\n  • menu\n  • here\n  • and\n  • more\n  • items\n  • yes")]
    [InlineData("By\nAffiliation:\n")]
    [InlineData("* * *\n-----\n")]
    [InlineData("Save book to Kindle")]
    public void Odd_pages_do_not_throw(string text)
    {
        var result = new Cleaner().Clean(SeedPage.FromText(text));
        Assert.NotNull(result.FrontMatter.Title);
    }

    [Fact]
    public void Windows_line_endings_and_a_byte_order_mark_clean_like_plain_text()
    {
        var unix = new Cleaner().Clean(SeedPage.FromText($"A Title Of The Article\n\n{Clean.Prose()}\n"));
        var bytes = new byte[] { 0xEF, 0xBB, 0xBF }.Concat(System.Text.Encoding.UTF8.GetBytes($"A Title Of The Article\r\n\r\n{Clean.Prose()}\r\n")).ToArray();
        var windows = new Cleaner().Clean(SeedPage.FromBytes(bytes, "seeds/test.txt"));
        Assert.Equal(unix.Body, windows.Body);
        Assert.Equal(unix.FrontMatter.Title, windows.FrontMatter.Title);
    }
}
