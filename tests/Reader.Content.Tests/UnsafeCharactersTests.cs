namespace Reader.Content.Tests;

public sealed class UnsafeCharactersTests
{
    [Theory]
    [InlineData("plain text", "plain text", 0)]
    [InlineData("tab\tand\nlines\r\n", "tab\tand\nlines\r\n", 0)]
    [InlineData("a\u0000b\u0001c\u001Fd\u007Fe\u0080f\u009Fg", "abcdefg", 6)]
    [InlineData("keeps\u0085line\fbreaks", "keeps\u0085line\fbreaks", 0)]
    [InlineData("non\uFFFEchar\uFFFF", "nonchar", 2)]
    [InlineData("emoji 🗾 stays", "emoji 🗾 stays", 0)]
    [InlineData("\uFFFE before \u0090 before \u0001", " before  before ", 3)]
    [InlineData("🗾\u0001🗾\u0085\uFFFF after a pair", "🗾🗾\u0085 after a pair", 2)]
    [InlineData("a long line of ordinary text, longer than one vector of characters, with one control at its end\u0007", "a long line of ordinary text, longer than one vector of characters, with one control at its end", 1)]
    public void Removes_what_no_page_or_feed_can_hold(string text, string expected, int removed)
    {
        Assert.Equal(expected, UnsafeCharacters.Remove(text, out var count));
        Assert.Equal(removed, count);
        Assert.Equal(removed > 0, UnsafeCharacters.Any(text));
    }

    // Not as InlineData: attribute arguments are stored as UTF-8, in which half a surrogate pair cannot be written.
    [Fact]
    public void Half_a_surrogate_pair_becomes_a_replacement_character()
    {
        Assert.Equal("lone \uFFFD high", UnsafeCharacters.Remove("lone \uD800 high", out var high));
        Assert.Equal("lone \uFFFD low", UnsafeCharacters.Remove("lone \uDC00 low", out var low));
        Assert.Equal((1, 1), (high, low));
    }

    [Fact]
    public void Describes_the_characters_found() =>
        Assert.Equal("U+0001, U+FFFE, U+0000, …", UnsafeCharacters.Describe("\u0001a\uFFFE\u0001\u0000\u000E"));
}
