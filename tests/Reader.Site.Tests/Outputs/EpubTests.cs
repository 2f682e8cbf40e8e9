using System.IO.Compression;
using System.Xml.Linq;
using Reader.Site.Tests.Support;

namespace Reader.Site.Tests.Outputs;

public sealed class EpubTests : IClassFixture<SampleSite>
{
    private static readonly XNamespace Opf = "http://www.idpf.org/2007/opf";
    private static readonly XNamespace Dc = "http://purl.org/dc/elements/1.1/";
    private static readonly XNamespace Xhtml = "http://www.w3.org/1999/xhtml";
    private static readonly XNamespace Xml = XNamespace.Xml;
    private readonly BuiltSite _site;

    public EpubTests(SampleSite sample) => _site = sample.Site;

    [Fact]
    public void Every_article_theme_and_the_collection_has_an_epub_linked_from_its_page()
    {
        Assert.True(_site.Exists("ebooks/test-reader.epub"));
        Assert.True(_site.Exists("themes/covid-19/covid-19.epub"));
        var article = _site.Html("articles/togo-streltsov-chapter/index.html");
        Assert.Equal("/articles/togo-streltsov-chapter/togo-streltsov-chapter.epub", article.QuerySelector("a.ebook-link")!.GetAttribute("href"));
        Assert.True(_site.Exists("articles/togo-streltsov-chapter/togo-streltsov-chapter.epub"));
        Assert.Contains(_site.Html("index.html").QuerySelectorAll("main a"), a => a.GetAttribute("href") == "/ebooks/test-reader.epub");
        Assert.Contains(_site.Html("themes/covid-19/index.html").QuerySelectorAll("main a"), a => a.GetAttribute("href") == "/themes/covid-19/covid-19.epub");
    }

    [Fact]
    public void The_mimetype_comes_first_uncompressed_and_every_entry_has_a_fixed_time()
    {
        using var zip = Open("articles/togo-streltsov-chapter/togo-streltsov-chapter.epub");
        var first = zip.Entries[0];
        Assert.Equal("mimetype", first.FullName);
        Assert.Equal(first.Length, first.CompressedLength);
        using (var reader = new StreamReader(first.Open()))
        {
            Assert.Equal("application/epub+zip", reader.ReadToEnd());
        }

        Assert.All(zip.Entries, e => Assert.Equal(1980, e.LastWriteTime.Year));
        Assert.Equal(["mimetype", "META-INF/container.xml", "EPUB/package.opf", "EPUB/nav.xhtml", "EPUB/style.css", "EPUB/text/togo-streltsov-chapter.xhtml"], zip.Entries.Select(e => e.FullName));
    }

    [Fact]
    public void An_article_book_states_title_people_with_roles_language_date_publisher_and_identifier()
    {
        using var zip = Open("articles/abiru-interview-covid-diplomacy/abiru-interview-covid-diplomacy.epub");
        var metadata = Document(zip, "EPUB/package.opf").Root!.Element(Opf + "metadata")!;
        Assert.Equal("https://reader.example.org/articles/abiru-interview-covid-diplomacy/", metadata.Element(Dc + "identifier")!.Value);
        Assert.Equal("en", metadata.Element(Dc + "language")!.Value);
        Assert.Equal(["Taisuke Abiru", "Jackie Enzmann"], metadata.Elements(Dc + "creator").Select(c => c.Value));
        var roles = metadata.Elements(Opf + "meta").Where(m => (string?)m.Attribute("property") == "role").Select(m => m.Value);
        Assert.Equal(["ive", "ivr"], roles);
        Assert.NotNull(metadata.Element(Dc + "date"));
        Assert.NotNull(metadata.Element(Dc + "publisher"));
        Assert.Matches(@"^\d{4}-\d{2}-\d{2}T00:00:00Z$", metadata.Elements(Opf + "meta").Single(m => (string?)m.Attribute("property") == "dcterms:modified").Value);
    }

    [Fact]
    public void An_undated_article_book_has_no_date_and_a_fixed_modified_time()
    {
        using var zip = Open("articles/abiru-japan-russia-strategic/abiru-japan-russia-strategic.epub");
        var metadata = Document(zip, "EPUB/package.opf").Root!.Element(Opf + "metadata")!;
        Assert.Null(metadata.Element(Dc + "date"));
        Assert.Equal("2000-01-01T00:00:00Z", metadata.Elements(Opf + "meta").Single(m => (string?)m.Attribute("property") == "dcterms:modified").Value);
    }

    [Fact]
    public void Chapters_are_xhtml_with_lang_on_the_text_and_on_passages_in_other_languages()
    {
        using var zip = Open("articles/northern-territories-abstract/northern-territories-abstract.epub");
        var chapter = Document(zip, "EPUB/text/northern-territories-abstract.xhtml").Root!;
        Assert.Equal(Xhtml + "html", chapter.Name);
        Assert.Equal("en", chapter.Attribute(Xml + "lang")!.Value);
        var russian = chapter.Descendants(Xhtml + "div").Single(d => (string?)d.Attribute("lang") == "ru");
        Assert.Equal("ru", russian.Attribute(Xml + "lang")!.Value);
        Assert.Contains("Большинство россиян", russian.Value);
    }

    [Fact]
    public void The_collection_has_a_table_of_contents_of_every_article_and_links_between_its_chapters()
    {
        using var zip = Open("ebooks/test-reader.epub");
        var navigation = Document(zip, "EPUB/nav.xhtml");
        var toc = navigation.Descendants(Xhtml + "nav").Single();
        var chapters = toc.Element(Xhtml + "ol")!.Elements(Xhtml + "li").Select(li => li.Element(Xhtml + "a")!.Attribute("href")!.Value).ToList();
        Assert.Equal(5, chapters.Count(c => c.StartsWith("text/", StringComparison.Ordinal) && !c.Contains('_', StringComparison.Ordinal)));
        var spine = Document(zip, "EPUB/package.opf").Root!.Element(Opf + "spine")!.Elements(Opf + "itemref").Count();
        Assert.Equal(chapters.Count, spine);

        // A chapter's sections are under it in the contents.
        Assert.Contains(toc.Descendants(Xhtml + "a"), a => a.Attribute("href")!.Value.StartsWith("text/togo-streltsov-chapter.xhtml#", StringComparison.Ordinal));
    }

    [Fact]
    public void A_link_to_an_article_stays_in_the_book_when_the_book_has_it_and_leads_to_the_site_otherwise()
    {
        using var site = MiniSite.Build("""
            -- input/index.md --
            ---
            title: Links
            ---
            Intro.
            -- input/themes/t.md --
            ---
            title: T
            ---
            -- input/articles/a.md --
            ---
            title: A
            themes: [t]
            ---
            See [B](/articles/b/#part) and [the authors](/authors/).
            -- input/articles/b.md --
            ---
            title: B
            ---
            ## Part

            Text.
            """);
        Assert.Empty(site.Errors);

        string ChapterA(string book)
        {
            using var zip = ZipFile.OpenRead(Path.Combine(site.OutputDir, book));
            using var reader = new StreamReader(zip.GetEntry("EPUB/text/a.xhtml")!.Open());
            return reader.ReadToEnd();
        }

        Assert.Contains("href=\"b.xhtml#part\"", ChapterA("ebooks/test-reader.epub"), StringComparison.Ordinal);
        Assert.Contains("href=\"https://reader.example.org/articles/b/#part\"", ChapterA("articles/a/a.epub"), StringComparison.Ordinal);
        Assert.Contains("href=\"https://reader.example.org/articles/b/#part\"", ChapterA("themes/t/t.epub"), StringComparison.Ordinal);
        Assert.Contains("href=\"https://reader.example.org/authors/\"", ChapterA("articles/a/a.epub"), StringComparison.Ordinal);
    }

    [Fact]
    public void Books_are_byte_identical_from_build_to_build()
    {
        using var again = MiniSite.BuildInput(RepoPaths.SampleInput);
        foreach (var book in _site.Files().Where(f => f.EndsWith(".epub", StringComparison.Ordinal)))
        {
            Assert.True(File.ReadAllBytes(Path.Combine(_site.OutputDir, book)).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(again.OutputDir, book))), book);
        }
    }

    private ZipArchive Open(string path) => ZipFile.OpenRead(Path.Combine(_site.OutputDir, path));

    private static XDocument Document(ZipArchive zip, string name)
    {
        using var stream = zip.GetEntry(name)!.Open();
        return XDocument.Load(stream);
    }

    [Fact]
    public void A_theme_without_articles_has_no_book_and_no_link_to_one()
    {
        using var site = MiniSite.Build("""
            -- input/themes/empty.md --
            ---
            title: Empty
            ---
            -- input/themes/full.md --
            ---
            title: Full
            ---
            -- input/articles/a.md --
            ---
            title: A
            themes: [full]
            ---
            Text.
            """);

        Assert.Empty(site.Errors);
        Assert.True(site.Exists("themes/full/full.epub"));
        Assert.False(site.Exists("themes/empty/empty.epub"));
        Assert.Null(site.Html("themes/empty/index.html").QuerySelector("a[type='application/epub+zip'][href$='empty.epub']"));
    }
}

/// <summary>A theme's and the collection's book hold the newest <c>EbookSize</c> articles and say so; each article keeps its own book.</summary>
public sealed class EbookSizeTests
{
    [Fact]
    public void A_book_of_many_holds_the_newest_articles_and_says_how_many_of_how_many()
    {
        var files = "-- input/index.md --\n---\ntitle: Many\n---\n-- input/themes/t.md --\n---\ntitle: T\n---\n" + string.Concat(Enumerable.Range(1, 4).Select(i =>
            $"-- input/articles/a{i}.md --\n---\ntitle: Article {i}\ndate: 2020-01-0{i}\nthemes: [t]\n---\nText {i}.\n"));
        using var site = MiniSite.Build(files, new Reader.Content.ReaderSettings { Host = "reader.example.org", EbookSize = 2 });
        Assert.Empty(site.Errors);

        foreach (var book in new[] { site.Files().Single(f => f.StartsWith("ebooks/", StringComparison.Ordinal)), "themes/t/t.epub" })
        {
            using var zip = ZipFile.OpenRead(Path.Combine(site.OutputDir, book));
            Assert.Equal(["introduction_.xhtml", "a4.xhtml", "a3.xhtml"], zip.Entries.Where(e => e.FullName.StartsWith("EPUB/text/", StringComparison.Ordinal)).Select(e => e.Name));
            using var reader = new StreamReader(zip.GetEntry("EPUB/text/introduction_.xhtml")!.Open());
            Assert.Contains("This e-book holds the newest 2 of 4 articles.", reader.ReadToEnd(), StringComparison.Ordinal);
        }

        Assert.True(site.Exists("articles/a1/a1.epub"));
        using var all = MiniSite.Build(files, new Reader.Content.ReaderSettings { Host = "reader.example.org" });
        using var whole = ZipFile.OpenRead(Path.Combine(all.OutputDir, "themes/t/t.epub"));
        Assert.Equal(4, whole.Entries.Count(e => e.FullName.StartsWith("EPUB/text/a", StringComparison.Ordinal)));
        Assert.Null(whole.GetEntry("EPUB/text/introduction_.xhtml"));
    }
}
