namespace Reader.Content.Tests;

/// <summary>Front matter shapes that could exhaust memory or the stack are refused with a line, before the YAML is loaded.</summary>
public class FrontMatterShapeTests
{
    [Theory]
    [InlineData(17)]
    [InlineData(100_000)]
    public void Nesting_deeper_than_sixteen_levels_is_refused(int depth)
    {
        var text = $"---\ntitle: T\nx: {new string('[', depth)}a{new string(']', depth)}\n---\nBody.\n";
        var diagnostics = new DiagnosticBag();

        Assert.Null(MarkdownDocument.Parse("a.md", text, diagnostics));

        var error = Assert.Single(diagnostics.Items);
        Assert.Equal("the front matter is nested more than 16 levels deep", error.Message);
        Assert.Equal(3, error.Line);
    }

    [Fact]
    public void Sixteen_levels_are_read()
    {
        var text = $"---\ntitle: T\nx: {new string('[', 15)}a{new string(']', 15)}\n---\nBody.\n";

        Assert.NotNull(MarkdownDocument.Parse("a.md", text, new DiagnosticBag()));
    }

    [Fact]
    public void An_alias_is_refused_where_it_stands()
    {
        var text = "---\ntitle: &t T\nsubtitle: *t\n---\nBody.\n";
        var diagnostics = new DiagnosticBag();

        Assert.Null(MarkdownDocument.Parse("a.md", text, diagnostics));

        var error = Assert.Single(diagnostics.Items);
        Assert.Equal("the front matter uses the alias '*t', and aliases are not allowed", error.Message);
        Assert.Equal((3, 11), (error.Line, error.Column));
    }
}
