using Reader.Content;

namespace Reader.Content.Tests;

// Published URLs depend on these: a failing test here means links on the live site would break.
public sealed class SlugTests
{
    [Theory]
    [InlineData("Russian Foreign Policy and COVID-19", "russian-foreign-policy-and-covid-19")]
    [InlineData("Japan’s Difficult Choices in Navigating Its Ties with Russia", "japans-difficult-choices-in-navigating-its-ties-with-russia")]
    [InlineData("“Worst” Russia-U.S. relations since Cold War", "worst-russia-u-s-relations-since-cold-war")]
    [InlineData("Abe Shinzō", "abe-shinzo")]
    [InlineData("Taisuke Abiru", "taisuke-abiru")]
    [InlineData("Экономические факторы", "ekonomicheskie-faktory")]
    [InlineData("Сергей Нарышкин", "sergey-naryshkin")]
    [InlineData("ロシア", "roshia")]
    [InlineData("きょうと", "kyouto")]
    [InlineData("Japan & Russia", "japan-and-russia")]
    [InlineData("  --Leading and trailing--  ", "leading-and-trailing")]
    [InlineData("Straße Łódź Ærø", "strasse-lodz-aero")]
    [InlineData("CON", "con-x")]
    public void Makes_readable_ascii_slugs(string name, string expected) => Assert.Equal(expected, Slug.From(name));

    [Fact]
    public void Gives_text_with_nothing_to_transliterate_a_stable_hash_slug()
    {
        var slug = Slug.From("日本語");
        Assert.Matches("^x-[0-9a-f]{10}$", slug);
        Assert.Equal(slug, Slug.From("日本語"));
        Assert.NotEqual(slug, Slug.From("中国語"));
        Assert.StartsWith("x-", Slug.From(""));
    }

    [Fact]
    public void Is_never_longer_than_eighty_characters_and_cuts_at_a_word()
    {
        var slug = Slug.From(string.Join(' ', Enumerable.Repeat("relations", 30)));
        Assert.True(slug.Length <= 80);
        Assert.EndsWith("relations", slug);
    }

    [Fact]
    public void Adds_a_numeric_suffix_instead_of_colliding()
    {
        var taken = new HashSet<string> { "japan", "japan-2" };
        Assert.Equal("japan-3", Slug.Unique("japan", taken));
        Assert.Equal("russia", Slug.Unique("russia", taken));
    }

    [Theory]
    [InlineData("japan-russia", true)]
    [InlineData("Japan", false)]
    [InlineData("-japan", false)]
    [InlineData("japan--russia", false)]
    [InlineData("", false)]
    public void Recognises_well_formed_slugs(string text, bool valid) => Assert.Equal(valid, Slug.IsValid(text));
}
