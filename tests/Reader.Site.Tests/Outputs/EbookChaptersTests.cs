using Reader.Site.Outputs.Epub;

namespace Reader.Site.Tests.Outputs;

/// <summary>An incremental session's chapters are reused only for the key they were made for, and forgotten with their article.</summary>
public sealed class EbookChaptersTests
{
    [Fact]
    public void A_chapter_is_reused_for_its_own_key_only_and_forgotten_with_its_article()
    {
        var chapters = new EbookChapters();
        var chapter = new ArticleChapter(DeflatedFile.Of("<p/>"u8), [], []);
        chapters.Set("first", "stamp-1", chapter);
        chapters.Set("second", "stamp-1", chapter);

        Assert.Same(chapter, chapters.Get("first", "stamp-1"));
        Assert.Null(chapters.Get("first", "stamp-2"));
        Assert.Null(chapters.Get("third", "stamp-1"));

        chapters.Retain(["second"]);
        Assert.Null(chapters.Get("first", "stamp-1"));
        Assert.Same(chapter, chapters.Get("second", "stamp-1"));
    }
}
