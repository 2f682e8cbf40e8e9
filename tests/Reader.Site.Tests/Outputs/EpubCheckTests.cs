using System.Diagnostics;
using Reader.Site.Tests.Support;

namespace Reader.Site.Tests.Outputs;

/// <summary>The books pass epubcheck, the EPUB reference checker (Debian's package epubcheck), with no error or warning.</summary>
public sealed class EpubCheckTests : IClassFixture<SampleSite>
{
    private readonly BuiltSite _site;

    public EpubCheckTests(SampleSite sample) => _site = sample.Site;

    [EpubCheckFact]
    public void An_article_book_with_a_passage_in_russian_is_valid() =>
        AssertValid(Path.Combine(_site.OutputDir, "articles/northern-territories-abstract/northern-territories-abstract.epub"));

    [EpubCheckFact]
    public void The_collection_book_is_valid() =>
        AssertValid(Path.Combine(_site.OutputDir, "ebooks/test-reader.epub"));

    [EpubCheckFact]
    public void A_theme_book_with_an_image_and_links_is_valid()
    {
        using var site = MiniSite.Build("""
            -- input/index.md --
            ---
            title: Pictures
            ---
            An introduction with [a link](/articles/a/).
            -- input/themes/maps.md --
            ---
            title: Maps
            description: Maps of the islands.
            ---
            -- input/articles/a.md --
            ---
            title: A map
            themes: [maps]
            language: en
            date: 2020-05-12
            authors: [Jane Doe]
            ---
            ![The islands](/images/map.png "Kunashir and Iturup")

            See [the other](/articles/b/), [a footnote][^1] and [a person](/authors/jane-doe/).

            [^1]: The note.
            -- input/articles/b.md --
            ---
            title: Another
            themes: [maps]
            ---
            ## A section

            Text with a <span lang="ja">日本語</span> word.
            """, images: [("input/images/map.png", TestImages.Png(64, 48))]);
        Assert.Empty(site.Errors);
        AssertValid(Path.Combine(site.OutputDir, "themes/maps/maps.epub"));
    }

    private static void AssertValid(string book)
    {
        var start = new ProcessStartInfo(EpubCheck.Java!, ["-jar", EpubCheck.Jar!, book]) { RedirectStandardOutput = true, RedirectStandardError = true };
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0 && !output.Result.Contains("WARNING", StringComparison.Ordinal) && errors.Length == 0, $"epubcheck {book}:\n{output.Result}\n{errors}");
    }
}

/// <summary>
/// Where epubcheck and Java are. Debian's /usr/bin/epubcheck is the jar itself, run through binfmt, which a container
/// may not have; so the jar is run with java.
/// </summary>
public static class EpubCheck
{
    public static readonly string? Jar = new[] { "/usr/share/java/epubcheck.jar", "/usr/bin/epubcheck" }.FirstOrDefault(File.Exists);

    public static readonly string? Java = (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':').Select(p => Path.Combine(p, "java")).FirstOrDefault(File.Exists);
}

/// <summary>Skipped, saying why, where epubcheck or Java is missing, unless READER_REQUIRE_EPUBCHECK is set (as CI does).</summary>
public sealed class EpubCheckFactAttribute : FactAttribute
{
    public EpubCheckFactAttribute()
    {
        if ((EpubCheck.Jar is null || EpubCheck.Java is null) && Environment.GetEnvironmentVariable("READER_REQUIRE_EPUBCHECK") is null or "")
        {
            Skip = "epubcheck is not installed (Debian: apt-get install epubcheck)";
        }
    }
}
