using Reader.Site.Language;

namespace Reader.Site.Tests.Language;

/// <summary>The plural forms counts take, after CLDR: "1 статья", "2 статьи", "5 статей", "21 статья".</summary>
public sealed class PluralRuleTests
{
    [Theory]
    [InlineData(1, "one")]
    [InlineData(21, "one")]
    [InlineData(101, "one")]
    [InlineData(2, "few")]
    [InlineData(4, "few")]
    [InlineData(22, "few")]
    [InlineData(0, "many")]
    [InlineData(5, "many")]
    [InlineData(11, "many")]
    [InlineData(12, "many")]
    [InlineData(14, "many")]
    [InlineData(111, "many")]
    [InlineData(112, "many")]
    public void Russian_takes_one_few_or_many(long count, string form) =>
        Assert.Equal(form, PluralRule.Find("one-few-many")!.Select(count));

    [Fact]
    public void English_has_one_and_other_and_japanese_one_form()
    {
        Assert.Equal(["one", "other", "other"], new long[] { 1, 0, 2 }.Select(PluralRule.Find("one-other")!.Select));
        Assert.Equal(["other", "other"], new long[] { 1, 5 }.Select(PluralRule.Find("other")!.Select));
    }
}
