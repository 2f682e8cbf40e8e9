using Reader.Content;

namespace Reader.Content.Tests;

public sealed class FrontMatterWriterTests
{
    [Fact]
    public void Writes_what_the_reader_reads_back()
    {
        var matter = new ArticleFrontMatter
        {
            Title = "“Worst” Russia-U.S. relations: a view",
            Subtitle = "- starts with a dash",
            Authors = [new AuthorCredit("Taisuke Abiru", AuthorRole.Interviewee, "Sasakawa Peace Foundation"), new AuthorCredit("Jackie Enzmann", AuthorRole.Interviewer)],
            Date = new DateOnly(2020, 5, 12),
            Kind = "interview",
            Language = "en",
            OtherLanguages = ["ru"],
            Themes = ["covid-19", "china-factor"],
            Summary = "He said: \"yes\" # not a comment",
            Source = "seeds/000.txt",
            SourceSha256 = "abc123",
            Book = "Japan and Russia: a book",
            Chapter = "20",
            Excerpt = true,
        };

        var text = FrontMatterWriter.Write(matter, "Body **text**.\n");
        var diagnostics = new DiagnosticBag();
        var file = FrontMatterReader.ReadArticle("x.md", text, diagnostics);

        Assert.Empty(diagnostics.Items);
        Assert.Equal(matter with { }, file!.FrontMatter, new ArticleComparer());
        Assert.Equal("Body **text**.\n", file.Body);
        Assert.EndsWith("---\n\nBody **text**.\n", text);
    }

    [Theory]
    [InlineData("plain words", "plain words")]
    [InlineData("yes", "\"yes\"")]
    [InlineData("2015", "\"2015\"")]
    [InlineData("a: b", "\"a: b\"")]
    [InlineData("“Worst” relations", "“Worst” relations")]
    [InlineData("#hash", "\"#hash\"")]
    public void Quotes_only_when_plain_text_would_change_meaning(string value, string expected) => Assert.Equal(expected, YamlText.Scalar(value));

    private sealed class ArticleComparer : IEqualityComparer<ArticleFrontMatter>
    {
        public bool Equals(ArticleFrontMatter? x, ArticleFrontMatter? y) =>
            x is not null && y is not null && x.Title == y.Title && x.Subtitle == y.Subtitle && x.Authors.SequenceEqual(y.Authors)
            && x.Date == y.Date && x.Kind == y.Kind && x.Language == y.Language && x.OtherLanguages.SequenceEqual(y.OtherLanguages)
            && x.Themes.SequenceEqual(y.Themes) && x.Summary == y.Summary && x.Source == y.Source && x.SourceSha256 == y.SourceSha256
            && x.Book == y.Book && x.Chapter == y.Chapter && x.Excerpt == y.Excerpt;

        public int GetHashCode(ArticleFrontMatter obj) => obj.Title.GetHashCode(StringComparison.Ordinal);
    }
}
