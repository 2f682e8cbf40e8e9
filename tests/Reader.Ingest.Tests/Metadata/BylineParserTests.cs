using Reader.Ingest.Metadata;

namespace Reader.Ingest.Tests.Metadata;

public sealed class BylineParserTests
{
    [Fact]
    public void Splits_a_byline_into_name_title_and_institution()
    {
        var credit = Assert.Single(BylineParser.ParseBy("By Taisuke Abiru, research fellow at the Tokyo Foundation"));
        Assert.Equal(new BylineCredit("Taisuke Abiru", "research fellow", "Tokyo Foundation"), credit);
    }

    [Fact]
    public void A_byline_title_without_institution_is_a_title() =>
        Assert.Equal(new BylineCredit("Jackie Enzmann", "Chief Editor"), Assert.Single(BylineParser.ParseBy("By Jackie Enzmann, Chief Editor")));

    [Fact]
    public void Reads_several_names_and_a_date_in_a_byline()
    {
        var credits = BylineParser.ParseBy("Posted on 3 February 2022 by Anna Kowalski and Ivan Petrov");
        Assert.Equal(["Anna Kowalski", "Ivan Petrov"], credits.Select(c => c.Name));
    }

    [Fact]
    public void Cuts_a_byline_at_its_separator() =>
        Assert.Equal("Jane Roe", Assert.Single(BylineParser.ParseBy("By Jane Roe | 3 February 2022")).Name);

    [Theory]
    [InlineData("Byzantine politics and the Kremlin")]
    [InlineData("Published online by Cambridge University Press")]
    public void A_line_naming_no_person_is_not_a_byline(string line) => Assert.Empty(BylineParser.ParseBy(line));

    [Fact]
    public void Reads_the_interviewee_from_an_interview_subtitle() =>
        Assert.Equal(new BylineCredit("Taisuke Abiru", "Senior Research Fellow", "SPF"),
            BylineParser.ParseInterview("Interview with SPF Senior Research Fellow Taisuke Abiru"));

    [Fact]
    public void Reads_the_author_a_standfirst_attributes_the_article_to() =>
        Assert.Equal(new BylineCredit("Masahiro Akiyama", "President", "Tokyo Foundation"),
            BylineParser.ParseAttribution("Putin could visit Japan later this year, notes Tokyo Foundation President Masahiro Akiyama in an article originally published elsewhere."));

    [Fact]
    public void An_attribution_needs_a_person() =>
        Assert.Null(BylineParser.ParseAttribution("Growth slowed, notes the International Monetary Fund in its report."));
}
