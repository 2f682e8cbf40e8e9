namespace Reader.Content.Tests;

/// <summary>
/// <see cref="MarkdownDocument.Parse"/> finds the fences without splitting the whole file into lines. These tests
/// hold it to the plain split-into-lines reading on every combination of the shapes that move a body or its
/// first line: line endings, a byte-order mark, blank lines, "..." as the closing fence, trailing spaces, no
/// final line break, an empty body.
/// </summary>
public class MarkdownDocumentSplitTests
{
    public static TheoryData<string> Files()
    {
        var data = new TheoryData<string>();
        var files =
            from bom in new[] { "", "\uFEFF" }
            from newline in new[] { "\n", "\r\n", "\r" }
            from close in new[] { "---", "...", "---  " }
            from blanks in new[] { 0, 1, 3 }
            from body in new[] { "", "Body text.", "Line one.\n\nLine two.\n", "  indented\n", "\n" }
            let head = string.Join(newline, ["---", "title: T", "themes: [a]", close, .. Enumerable.Repeat("", blanks)])
            select bom + head + (body.Length > 0 || blanks > 0 ? newline : "") + body.Replace("\n", newline, StringComparison.Ordinal);
        // Different combinations can spell the same file (no blank line and a body of "\n" is one blank line and no
        // body): xunit runs a case once per distinct value and warns about the rest, so each file is listed once.
        foreach (var file in files.Distinct(StringComparer.Ordinal))
        {
            data.Add(file);
        }

        data.Add("---\ntitle: T\n---");
        data.Add("---\ntitle: T\n---\n");
        data.Add("---\r\ntitle: T\r\n---\r\n\r\n");
        return data;
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Body_and_its_first_line_are_those_of_the_file_split_into_lines(string text)
    {
        var document = MarkdownDocument.Parse("a.md", text, new DiagnosticBag());

        var (body, bodyLine) = SplitIntoLines(text);
        Assert.NotNull(document);
        Assert.Equal(body, document.Body);
        Assert.Equal(bodyLine, document.BodyLine);
        Assert.Equal("T", document.FrontMatter.Children[new YamlDotNet.RepresentationModel.YamlScalarNode("title")].ToString());
    }

    [Theory]
    [InlineData("---", "the front matter is not closed")]
    [InlineData("---\ntitle: T\n", "the front matter is not closed")]
    [InlineData("title: T\n---\n", "the file has no front matter")]
    [InlineData("", "the file has no front matter")]
    public void A_file_without_both_fences_is_refused(string text, string message)
    {
        var diagnostics = new DiagnosticBag();

        Assert.Null(MarkdownDocument.Parse("a.md", text, diagnostics));
        Assert.Contains(diagnostics.Items, d => d.Message == message);
    }

    /// <summary>The obvious reading, kept as the reference: split every line, find the fences, join the rest.</summary>
    private static (string Body, int BodyLine) SplitIntoLines(string text)
    {
        var lines = text.TrimStart('\uFEFF').ReplaceLineEndings("\n").Split('\n');
        var close = Array.FindIndex(lines, 1, l => l.TrimEnd() is "---" or "...");
        var body = string.Join('\n', lines[(close + 1)..]).TrimStart('\n');
        var skipped = lines.Skip(close + 1).TakeWhile(l => l.Length == 0).Count();
        return (body, close + 2 + skipped);
    }
}
