using Reader.Site.Tests.Support;
using Reader.Site.Text;
using Reader.Site.Views;

namespace Reader.Site.Tests.Language;

/// <summary>Reading time counts Chinese and Japanese by characters, which have no spaces between words.</summary>
public sealed class ReadingTimeTests
{
    [Theory]
    [InlineData("one two three", 3, 0)]
    [InlineData("日本とロシアの関係", 0, 9)]
    [InlineData("The 北方領土 question, 北方四島。", 2, 8)]
    [InlineData("Путин и Абэ", 3, 0)]
    [InlineData("", 0, 0)]
    public void Words_and_characters_are_counted_apart(string text, int words, int characters) =>
        Assert.Equal((words, characters), PlainText.ReadingLength(text));

    [Fact]
    public void A_japanese_article_of_4000_characters_takes_eight_minutes_not_one()
    {
        var paragraph = string.Concat(Enumerable.Repeat("日本とロシアの関係は長い歴史を持っている。", 200));
        Assert.Equal(4000, PlainText.ReadingLength(paragraph).CjkCharacters);
        using var site = MiniSite.Build($"""
            -- input/articles/a.md --
            ---
            title: 日露関係
            language: ja
            ---
            {paragraph}
            """);

        Assert.Contains("8 min read", site.Html("articles/a/index.html").QuerySelector(".dateline")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Words_and_characters_add_up() =>
        Assert.Equal(3, Formatting.ReadingMinutes(460, 500));
}
