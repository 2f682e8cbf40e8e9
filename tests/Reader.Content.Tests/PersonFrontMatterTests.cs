using Reader.Content;

namespace Reader.Content.Tests;

public sealed class PersonFrontMatterTests
{
    [Fact]
    public void Reads_a_person_file_with_aliases_in_any_script_and_partial_dates()
    {
        var diagnostics = new DiagnosticBag();
        var file = FrontMatterReader.ReadPerson("input/people/shinzo-abe.md", """
            ---
            name: Shinzō Abe
            aliases: [Abe Shinzō, Синдзо Абэ, 安倍晋三, "Абэ*"]
            description: Prime Minister of Japan.
            born: 1954-09
            died: 2022-07-08
            in_office: [2006–2007, 2012–2020]
            ---
            A note.
            """, diagnostics);

        Assert.Empty(diagnostics.Items);
        var matter = file!.FrontMatter;
        Assert.Equal(["Abe Shinzō", "Синдзо Абэ", "安倍晋三", "Абэ*"], matter.Aliases);
        Assert.Equal(new PartialDate(1954, 9), matter.Born);
        Assert.Equal(DatePrecision.Month, matter.Born!.Value.Precision);
        Assert.Equal(new PartialDate(2022, 7, 8), matter.Died);
        Assert.Equal(["2006–2007", "2012–2020"], matter.InOffice);
        Assert.Equal("A note.", file.Body.Trim());
    }

    [Fact]
    public void A_person_without_a_name_is_an_error_with_the_fix()
    {
        var diagnostics = new DiagnosticBag();
        Assert.Null(FrontMatterReader.ReadPerson("input/people/x.md", "---\ndescription: Someone.\n---\n", diagnostics));
        var error = Assert.Single(diagnostics.Items, d => d.IsError);
        Assert.Contains("name", error.Message);
    }

    [Theory]
    [InlineData("2016", 2016, 0, 0)]
    [InlineData("2016-12", 2016, 12, 0)]
    [InlineData("2016-12-15", 2016, 12, 15)]
    public void Partial_dates_keep_only_what_is_written_and_sort_by_it(string text, int year, int month, int day)
    {
        Assert.True(PartialDate.TryParse(text, out var date));
        Assert.Equal(new PartialDate(year, month, day), date);
        Assert.Equal(text, date.Iso);
        Assert.True(new PartialDate(2016).CompareTo(new PartialDate(2016, 1, 1)) < 0);
        Assert.False(PartialDate.TryParse("2016-02-30", out _));
    }

    [Fact]
    public void The_name_matcher_finds_whole_words_prefixes_and_unspaced_scripts_longest_first()
    {
        var matcher = new NameMatcher(
        [
            new NameSpelling("Abe", "abe"),
            new NameSpelling("Shinzo Abe", "abe"),
            NameSpelling.Parse("Путин*", "putin"),
            new NameSpelling("プーチン", "putin"),
        ]);

        string Found(string text) => string.Join("|", matcher.Matches(text).Select(m => text.Substring(m.Index, m.Length)));

        Assert.Equal("Shinzo Abe", Found("Shinzo Abe spoke."));
        Assert.Equal("", Found("Abenomics and abe"));
        Assert.Equal("Путиным", Found("встреча с Путиным"));
        Assert.Equal("プーチン", Found("プーチン大統領が来日"));
    }
}
