using Reader.Content;
using Reader.Site.Text;

namespace Reader.Site.Tests.Research;

public sealed class DatePhrasesTests
{
    private static List<string> Dates(string text) => [.. DatePhrases.Default.Find(text).Select(d => d.Date.Iso)];

    [Theory]
    [InlineData("In December 2016 Putin visited Japan.", "2016-12")]
    [InlineData("On 7 May 2018 he was inaugurated.", "2018-05-07")]
    [InlineData("On May 7, 2018 he was inaugurated.", "2018-05-07")]
    [InlineData("Talks began in 2013.", "2013")]
    [InlineData("Summit of 2018-11-14 in Singapore.", "2018-11-14")]
    [InlineData("в мае 2018 года стороны договорились", "2018-05")]
    [InlineData("7 мая 2018 г. он вступил в должность", "2018-05-07")]
    [InlineData("в 2016 году визит состоялся", "2016")]
    [InlineData("2018年5月に首脳会談が行われた。", "2018-05")]
    [InlineData("2016年12月15日、プーチン大統領が来日した。", "2016-12-15")]
    public void Reads_english_russian_and_japanese_date_phrases(string text, string iso)
    {
        Assert.Equal([iso], Dates(text));
    }

    [Theory]
    [InlineData("He met him on Dec. 15 at Nagato.")]
    [InlineData("The 2016 visit was short.")]
    [InlineData("There were 2016 delegates.")]
    [InlineData("As shown earlier (Nelidov 2019: 71), the trend held.")]
    public void Reads_only_what_the_text_states_as_a_date(string text)
    {
        Assert.Empty(Dates(text));
    }

    [Fact]
    public void A_range_keeps_its_end_year_and_sorts_by_its_start()
    {
        var date = Assert.Single(DatePhrases.Default.Find("relations in 2019–2020 were calm"));
        Assert.Equal(new PartialDate(2019), date.Date);
        Assert.Equal("2019–2020", date.Text);
    }

    [Fact]
    public void The_rule_set_is_data()
    {
        var rules = new DatePhrases("""
            [months]
            1 = Januar
            [patterns]
            {day}. {month} {year}
            {before} {year}
            [year-before]
            seit
            """);

        Assert.Equal([new PartialDate(2020, 1, 3), new PartialDate(2012)], rules.Find("Am 3. Januar 2020 kam er, seit 2012 im Amt.").Select(d => d.Date));
        Assert.Empty(rules.Find("In January 2020"));
        Assert.Throws<FormatException>(() => new DatePhrases("[months]\n13 = Smarch\n"));
    }
}
