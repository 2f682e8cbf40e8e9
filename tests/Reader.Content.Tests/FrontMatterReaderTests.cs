using Reader.Content;

namespace Reader.Content.Tests;

public sealed class FrontMatterReaderTests
{
    private static (ContentFile<ArticleFrontMatter>? File, IReadOnlyList<Diagnostic> Diagnostics) Read(string text)
    {
        var diagnostics = new DiagnosticBag();
        var file = FrontMatterReader.ReadArticle("input/articles/x.md", text, diagnostics);
        return (file, diagnostics.Items);
    }

    [Fact]
    public void Reads_authors_as_plain_names_or_mappings()
    {
        var (file, diagnostics) = Read("""
            ---
            title: Russian Foreign Policy and COVID-19
            authors:
              - Jane Doe
              - name: Taisuke Abiru
                role: interviewee
                affiliation: Sasakawa Peace Foundation
            date: 2020-05-12
            themes: [covid-19, china-factor]
            ---

            Body text.
            """);

        Assert.Empty(diagnostics);
        var matter = file!.FrontMatter;
        Assert.Equal([new AuthorCredit("Jane Doe"), new AuthorCredit("Taisuke Abiru", AuthorRole.Interviewee, "Sasakawa Peace Foundation")], matter.Authors);
        Assert.Equal(new DateOnly(2020, 5, 12), matter.Date);
        Assert.Equal(["covid-19", "china-factor"], matter.Themes);
        Assert.Equal("Body text.", file.Body);
        Assert.Equal(12, file.BodyLine);
    }

    [Theory]
    [InlineData("---\ntitle: T\nauthors: Jane Doe\n---\n", "input/articles/x.md:3:10: error: 'authors' must be a list, found the text \"Jane Doe\" (write authors: [Jane Doe])")]
    [InlineData("---\ntitle: T\nauthors: 5\n---\n", "input/articles/x.md:3:10: error: 'authors' must be a list, found the number 5 (write authors: [5])")]
    [InlineData("---\ntitle: T\ndate: yesterday\n---\n", "input/articles/x.md:3:7: error: 'date' must be a date written as YYYY-MM-DD, found the text \"yesterday\" (write e.g. date: 2020-05-12, or leave the field out when the date is unknown)")]
    [InlineData("no front matter\n", "input/articles/x.md:1:1: error: the file has no front matter (start the file with a line '---', then 'title: …', then another '---')")]
    [InlineData("---\ntitle: T\n", "input/articles/x.md:1:1: error: the front matter is not closed (add a line '---' after the last front matter field)")]
    [InlineData("---\nsubtitle: S\n---\n", "input/articles/x.md:2:1: error: 'title' is required (add 'title: …' with the article's own title)")]
    [InlineData("---\ntitle: T\nauthors:\n  - name: A\n    role: writer\n---\n", "input/articles/x.md:5:11: error: unknown role 'writer' for A (use one of: author, interviewee, interviewer, editor, translator)")]
    public void Explains_the_likeliest_mistakes(string text, string expected)
    {
        var (_, diagnostics) = Read(text);
        Assert.Contains(expected, diagnostics.Select(d => d.ToString()));
    }

    [Fact]
    public void Reads_a_chapter_s_book_number_and_excerpt()
    {
        var (file, diagnostics) = Read("---\ntitle: T\nkind: chapter\nbook: Japan and Russia\nchapter: 20\nexcerpt: true\n---\n");
        Assert.Empty(diagnostics);
        Assert.Equal(("Japan and Russia", "20", true), (file!.FrontMatter.Book, file.FrontMatter.Chapter, file.FrontMatter.Excerpt));
    }

    [Fact]
    public void Rejects_an_excerpt_that_is_not_true_or_false()
    {
        var (_, diagnostics) = Read("---\ntitle: T\nexcerpt: partly\n---\n");
        var error = Assert.Single(diagnostics);
        Assert.StartsWith("input/articles/x.md:3:", error.ToString());
        Assert.Contains("'excerpt' must be true or false, found \"partly\"", error.Message);
    }

    [Fact]
    public void Warns_about_unknown_keys_with_a_suggestion()
    {
        var (file, diagnostics) = Read("---\ntitle: T\ntheme: [x]\n---\n");
        Assert.NotNull(file);
        var warning = Assert.Single(diagnostics);
        Assert.Equal("input/articles/x.md:3:1: warning: unknown key 'theme' is ignored (did you mean 'themes'?)", warning.ToString());
    }

    [Fact]
    public void Reports_tabs_in_yaml_with_a_hint()
    {
        var (file, diagnostics) = Read("---\ntitle: T\nauthors:\n\t- A\n---\n");
        Assert.Null(file);
        var error = Assert.Single(diagnostics);
        Assert.Contains("not valid YAML", error.Message);
        Assert.Contains("tabs", error.Hint);
        Assert.Equal(4, error.Line);
    }
}
