using Reader.Ingest.Metadata;

namespace Reader.Ingest.Tests.Metadata;

public sealed class TitleFinderTests
{
    [Theory]
    [InlineData("20 - The Role of China in Japan-Russia Relations", "The Role of China in Japan-Russia Relations")]
    [InlineData("Chapter 3: Energy", "Energy")]
    [InlineData("1956 and All That", "1956 and All That")]
    public void Strips_chapter_numbers(string text, string expected) => Assert.Equal(expected, TitleFinder.StripNumbering(text));

    [Fact]
    public void Derives_a_title_from_a_highlight_without_its_lead_in() =>
        Assert.Equal(
            "Long-term external and internal factors determining the course of development of Russian-Japanese relations in 2019-2020",
            TitleFinder.Derive("The article analyzes long-term external and internal factors determining the course of development of Russian-Japanese relations in 2019-2020"));

    [Fact]
    public void Derives_a_title_from_the_first_sentence_only() =>
        Assert.Equal("Tokyo waited", TitleFinder.Derive("Tokyo waited. Moscow did not."));

    [Fact]
    public void Shortens_a_long_derived_title_at_a_word_boundary()
    {
        var title = TitleFinder.Derive(string.Join(' ', Enumerable.Repeat("negotiation", 30)));
        Assert.True(title.Length <= TitleFinder.MaxDerivedLength);
        Assert.EndsWith("negotiation…", title);
    }

    [Theory]
    [InlineData("Summary")]
    [InlineData("May 12, 2020")]
    [InlineData("Sasakawa Peace Foundation")]
    [InlineData("Additional links:")]
    public void Labels_dates_and_the_site_name_are_not_titles(string text) =>
        Assert.False(TitleFinder.IsCandidate(text, "The Sasakawa Peace Foundation", new HashSet<string>()));

    [Fact]
    public void Uses_the_site_name_initials_for_acronyms() => Assert.Equal("SPF", SiteNameFinder.Initials("The Sasakawa Peace Foundation"));

    [Fact]
    public void Reads_the_holder_of_a_copyright_line() =>
        Assert.Equal("The Sasakawa Peace Foundation", SiteNameFinder.CopyrightHolder("Copyright © 2021 The Sasakawa Peace Foundation. All Rights Reserved."));

    [Fact]
    public void A_disclaimer_mentioning_copyright_law_names_no_holder() =>
        Assert.Null(SiteNameFinder.CopyrightHolder("shall be considered fair use under The CopyrightLaw."));
}
