using Reader.Ingest.Metadata;

namespace Reader.Ingest.Tests.Metadata;

public sealed class AuthorNameParserTests
{
    [Theory]
    [InlineData("Kazuhiko Togo and Dmitry Streltsov", new[] { "Kazuhiko Togo", "Dmitry Streltsov" })]
    [InlineData("Anna Petrova, John Smith and Yuki Tanaka", new[] { "Anna Petrova", "John Smith", "Yuki Tanaka" })]
    [InlineData("Anna Petrova & John Smith", new[] { "Anna Petrova", "John Smith" })]
    [InlineData("Dr. Anna Petrova", new[] { "Anna Petrova" })]
    [InlineData("Prof. Ludwig van Beethoven", new[] { "Ludwig van Beethoven" })]
    [InlineData("Abe Shinzō", new[] { "Abe Shinzō" })]
    public void Splits_credit_lists_into_names(string text, string[] expected) =>
        Assert.Equal(expected, AuthorNameParser.Split(text));

    [Theory]
    [InlineData("Tokyo Foundation")]
    [InlineData("Senior Research Fellow")]
    [InlineData("research fellow")]
    [InlineData("Madonna")]
    [InlineData("Sasakawa Peace Foundation")]
    [InlineData("President (2012–2016)")]
    public void Tells_names_from_titles_and_institutions(string text) => Assert.False(AuthorNameParser.LooksLikePersonName(text));
}
