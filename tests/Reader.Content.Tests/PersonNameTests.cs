using Reader.Content;

namespace Reader.Content.Tests;

public sealed class PersonNameTests
{
    [Theory]
    [InlineData("Shinzo Abe", "Abe Shinzō")]
    [InlineData("Shinzo Abe", "ABE, Shinzo")]
    [InlineData("Taisuke Abiru", "taisuke  abiru")]
    [InlineData("Dmitry Streltsov", "Dr. Dmitry Streltsov")]
    public void Treats_spellings_of_one_person_as_one_key(string a, string b) => Assert.Equal(PersonName.Key(a), PersonName.Key(b));

    [Fact]
    public void Keeps_different_people_apart() => Assert.NotEqual(PersonName.Key("Kazuhiko Togo"), PersonName.Key("Shigeki Togo"));

    [Theory]
    [InlineData("Abe, Shinzō", "Shinzō Abe")]
    [InlineData("  Taisuke   Abiru ", "Taisuke Abiru")]
    [InlineData("Togo, Kazuhiko, Jr.", "Togo, Kazuhiko, Jr.")]
    public void Displays_family_comma_given_in_natural_order(string name, string expected) => Assert.Equal(expected, PersonName.Display(name));
}
