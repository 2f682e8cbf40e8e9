using AngleSharp.Html.Parser;
using Reader.Content;
using Reader.Ingest.Html;

namespace Reader.Ingest.Tests.Html;

/// <summary>Who wrote a page and where they work, as its metadata and byline say.</summary>
public sealed class HtmlMetadataTests
{
    private static HtmlMetadata Read(string head, string body = "") =>
        HtmlMetadataExtractor.Extract(new HtmlParser().ParseDocument($"<html><head>{head}</head><body>{body}</body></html>"));

    [Fact]
    public void Each_citation_author_takes_the_institution_tags_that_follow_it()
    {
        var metadata = Read(
            "<meta name=\"citation_author\" content=\"Togo, Kazuhiko\"><meta name=\"citation_author_institution\" content=\"Shizuoka University\">" +
            "<meta name=\"citation_author\" content=\"Streltsov, Dmitry\"><meta name=\"citation_author_institution\" content=\"MGIMO University\">" +
            "<meta name=\"citation_author\" content=\"Alone, Ann\">");

        Assert.Equal(
            [new AuthorCredit("Kazuhiko Togo", Affiliation: "Shizuoka University"), new AuthorCredit("Dmitry Streltsov", Affiliation: "MGIMO University"), new AuthorCredit("Ann Alone")],
            metadata.Authors);
    }

    [Fact]
    public void Reads_an_author_affiliation_from_json_ld()
    {
        var metadata = Read("<script type=\"application/ld+json\">{\"@type\": \"ScholarlyArticle\", \"headline\": \"T\", \"author\": [{\"@type\": \"Person\", \"name\": \"Taisuke Abiru\", \"affiliation\": {\"@type\": \"Organization\", \"name\": \"Sasakawa Peace Foundation\"}}]}</script>");

        Assert.Equal([new AuthorCredit("Taisuke Abiru", Affiliation: "Sasakawa Peace Foundation")], metadata.Authors);
    }

    [Fact]
    public void Reads_an_affiliation_element_beside_the_byline()
    {
        var metadata = Read("", "<div class=\"author-box\"><span class=\"author\">Olga Sorokina</span><span class=\"affiliation\">Valdai Discussion Club</span></div>");

        Assert.Equal([new AuthorCredit("Olga Sorokina", Affiliation: "Valdai Discussion Club")], metadata.Authors);
    }

    [Fact]
    public void Interview_by_names_the_interviewer()
    {
        var metadata = Read("", "<p class=\"byline\">Interview by Jackie Enzmann</p>");

        Assert.Equal([new AuthorCredit("Jackie Enzmann", AuthorRole.Interviewer)], metadata.Authors);
    }

    [Fact]
    public void A_meta_author_named_in_an_interview_byline_keeps_the_interviewer_role()
    {
        var metadata = Read("<meta name=\"author\" content=\"Jackie Enzmann\">", "<p class=\"byline\">Interviewed by Jackie Enzmann</p>");

        Assert.Equal([new AuthorCredit("Jackie Enzmann", AuthorRole.Interviewer)], metadata.Authors);
    }
}
