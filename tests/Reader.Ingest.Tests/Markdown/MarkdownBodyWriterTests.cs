using Reader.Ingest.Markdown;

namespace Reader.Ingest.Tests.Markdown;

public sealed class MarkdownBodyWriterTests
{
    private static readonly string Prose = Clean.Prose();

    [Fact]
    public void Joins_hard_wrapped_lines_into_one_paragraph() =>
        Assert.Equal("The first wrapped line of a paragraph and its second line, as w3m wraps long paragraphs.\n",
            Clean.Body("A Title Of The Article", "", "The first wrapped line of a paragraph and its", "second line, as w3m wraps long paragraphs."));

    [Fact]
    public void Short_unpunctuated_lines_between_paragraphs_are_headings() =>
        Assert.Equal($"{Prose}\n\n## Rift between Russia and the West\n\n{Prose}\n",
            Clean.Body("A Title Of The Article", "", Prose, "", "Rift between Russia and the West", "", Prose));

    [Fact]
    public void Bullets_separated_by_blank_lines_are_one_list() =>
        Assert.Equal($"{Prose}\n\n- The first highlight of the paper\n- The second highlight of the paper\n",
            Clean.Body("A Title Of The Article", "", Prose, "", "  • The first highlight of the paper", "", "  • The second highlight of the paper"));

    [Fact]
    public void Numbered_lists_keep_their_numbers() =>
        Assert.Equal($"{Prose}\n\n1. One reason.\n2. Another reason.\n",
            Clean.Body("A Title Of The Article", "", Prose, "", "     1. One reason.", "     2. Another reason."));

    [Fact]
    public void A_separator_row_becomes_a_thematic_break_not_a_setext_underline() =>
        Assert.Equal($"{Prose}\n\n* * *\n\n{Prose}\n", Clean.Body("A Title Of The Article", "", Prose, "-----", Prose));

    [Fact]
    public void Passages_in_another_language_are_wrapped_once_per_run()
    {
        var blocks = new[]
        {
            new BodyBlock(BodyBlockKind.Paragraph, "English.", [], "en"),
            new BodyBlock(BodyBlockKind.Paragraph, "Русский.", [], "ru"),
            new BodyBlock(BodyBlockKind.Heading, "Факторы", [], "ru"),
        };
        Assert.Equal("English.\n\n<div lang=\"ru\">\n\nРусский.\n\n## Факторы\n\n</div>\n", MarkdownBodyWriter.Write(blocks, "en"));
    }

    [Fact]
    public void Output_has_no_trailing_spaces_and_one_final_newline()
    {
        var body = Clean.Body("A Title Of The Article  ", "", Prose + "   ", "\u00A0", "  • item one  ");
        Assert.DoesNotContain(" \n", body);
        Assert.EndsWith("\n", body);
        Assert.False(body.EndsWith("\n\n", StringComparison.Ordinal));
    }
}
