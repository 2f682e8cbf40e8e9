using Reader.Ingest.Metadata;

namespace Reader.Ingest.Tests.Metadata;

public sealed class DateParserTests
{
    [Theory]
    [InlineData("May 12, 2020", 2020, 5, 12)]
    [InlineData("26 March 2024", 2024, 3, 26)]
    [InlineData("June 11, 2015", 2015, 6, 11)]
    [InlineData("2020-05-12", 2020, 5, 12)]
    [InlineData("2024-07-10T04:16:53.512Z", 2024, 7, 10)]
    [InlineData("Dec. 15, 2016", 2016, 12, 15)]
    [InlineData("3rd Sept 2019", 2019, 9, 3)]
    [InlineData("2020年5月12日", 2020, 5, 12)]
    [InlineData("12.05.2020", 2020, 5, 12)]
    public void Parses_dates_as_pages_write_them(string text, int year, int month, int day)
    {
        Assert.True(DateParser.TryParse(text, out var date));
        Assert.Equal(new DateOnly(year, month, day), date);
    }

    [Theory]
    [InlineData("Dec. 15")]
    [InlineData("2024")]
    [InlineData("Print publication year: 2024")]
    [InlineData("February 30, 2020")]
    [InlineData("May 2020")]
    [InlineData("")]
    public void Does_not_take_partial_or_impossible_dates(string text) => Assert.False(DateParser.TryParse(text, out _));

    [Fact]
    public void Finds_a_date_inside_a_line() =>
        Assert.Equal(new DateOnly(2024, 3, 26), DateParser.FindIn("Published online by Cambridge University Press:\u00A026 March 2024"));

    [Theory]
    [InlineData("Published: 3 Feb 2022", false)]
    [InlineData("Posted on Tuesday, May 12, 2020 10:30 AM", false)]
    [InlineData("Updated: 15 October 2021 09:30", true)]
    public void Reads_labelled_date_lines(string line, bool update)
    {
        Assert.NotNull(DateParser.FromDateLine(line, out var isUpdate));
        Assert.Equal(update, isUpdate);
    }

    [Fact]
    public void A_sentence_mentioning_a_date_is_not_a_date_line() =>
        Assert.Null(DateParser.FromDateLine("Putin will visit Japan on Dec. 15, 2016, officials said.", out _));
}
