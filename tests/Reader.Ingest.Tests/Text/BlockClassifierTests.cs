namespace Reader.Ingest.Tests.Text;

/// <summary>What the trained block classifier does on a text dump, beyond what the real pages measure.</summary>
public sealed class BlockClassifierTests
{
    private const string Paragraph =
        "The negotiations between the two governments continued through the winter, and the islands remained the central " +
        "question of every meeting held in Tokyo and Moscow. Officials on both sides called the talks difficult but necessary.";

    [Fact]
    public void A_page_that_is_the_article_alone_keeps_every_paragraph()
    {
        var article = new Cleaner().Clean(SeedPage.FromText($"The Islands Question\n\n{Paragraph}\n\n{Paragraph} Again.\n"));

        Assert.True(article.IsArticle);
        Assert.Contains(Paragraph, article.Body, StringComparison.Ordinal);
        Assert.Contains(Paragraph + " Again.", article.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void Drops_a_menu_and_a_footer_around_the_article()
    {
        var menu = string.Join('\n', Enumerable.Range(1, 12).Select(i => $"  • Section {i}"));
        var article = new Cleaner().Clean(SeedPage.FromText(
            $"Example News\n\n{menu}\n\nThe Islands Question\n\n{Paragraph}\n\n{Paragraph} Again.\n\n{Paragraph} Once more.\n\n" +
            "About us Contact Privacy policy Terms of use\n\n© 2024 Example News. All rights reserved.\n"));

        Assert.Contains(Paragraph + " Once more.", article.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("Section 7", article.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("All rights reserved", article.Body, StringComparison.Ordinal);
    }
}
