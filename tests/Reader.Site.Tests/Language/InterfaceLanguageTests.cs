using Reader.Content;
using Reader.Site.Tests.Support;

namespace Reader.Site.Tests.Language;

/// <summary>The site's own words and dates come from <c>theme/i18n/&lt;language&gt;.json</c>, chosen by SiteLanguage.</summary>
public sealed class InterfaceLanguageTests
{
    private const string Files = """
        -- input/index.md --
        ---
        title: Home
        ---
        Intro.
        -- input/articles/a.md --
        ---
        title: A
        date: 2020-05-12
        authors: [Jane Doe]
        ---
        Text.
        -- input/articles/b.md --
        ---
        title: B
        authors: [Jane Doe]
        ---
        Text.
        """;

    private static ReaderSettings Settings(string language) =>
        new() { SiteTitle = "Test Reader", Host = "reader.example.org", SiteLanguage = language };

    [Fact]
    public void A_russian_site_writes_its_words_dates_and_counts_in_russian()
    {
        using var site = MiniSite.Build(Files, Settings("ru"));

        Assert.Empty(site.Errors);
        var article = site.Html("articles/a/index.html");
        Assert.Equal("ru", site.Html("index.html").DocumentElement.GetAttribute("lang"));
        Assert.Equal("12 мая 2020 г.", article.QuerySelector(".dateline time")!.TextContent);
        Assert.Contains("мин чтения", article.QuerySelector(".dateline")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Перейти к тексту", article.QuerySelector(".skip-link")!.TextContent);
        Assert.Equal("Дата не указана", site.Html("articles/b/index.html").QuerySelector(".dateline .undated")!.TextContent);
        Assert.Contains("2 статьи", site.Text("authors/jane-doe/index.html"), StringComparison.Ordinal);
    }

    [Fact]
    public void A_japanese_site_writes_dates_the_japanese_way()
    {
        using var site = MiniSite.Build(Files, Settings("ja"));

        Assert.Empty(site.Errors);
        var article = site.Html("articles/a/index.html");
        Assert.Equal("2020年5月12日", article.QuerySelector(".dateline time")!.TextContent);
        Assert.Equal("2020-05-12", article.QuerySelector(".dateline time")!.GetAttribute("datetime"));
    }

    [Fact]
    public void A_language_without_a_file_is_a_warning_and_the_words_are_english()
    {
        using var site = MiniSite.Build(Files, Settings("pt-BR"));

        Assert.Empty(site.Errors);
        Assert.Contains(site.Result.Diagnostics, d => d.Severity == Severity.Warning && d.Message.Contains("'pt-BR'", StringComparison.Ordinal));
        Assert.Equal("12 May 2020", site.Html("articles/a/index.html").QuerySelector(".dateline time")!.TextContent);
    }

    [Fact]
    public void A_translation_that_lacks_a_key_is_an_error_naming_the_file_and_the_key()
    {
        var english = File.ReadAllText(Path.Combine(RepoPaths.Theme, "i18n", "ru.json"));
        var broken = string.Join('\n', english.Split('\n').Where(l => !l.TrimStart().StartsWith("\"draft_banner\"", StringComparison.Ordinal)));
        using var site = MiniSite.Build(Files + "\n-- theme/i18n/ru.json --\n" + broken, Settings("ru"));

        var error = Assert.Single(site.Errors);
        Assert.EndsWith("i18n/ru.json", error.Path, StringComparison.Ordinal);
        Assert.Contains("'draft_banner' is missing", error.Message, StringComparison.Ordinal);
        Assert.False(site.Exists("index.html"));
    }

    [Fact]
    public void Every_language_file_has_every_key_of_english()
    {
        foreach (var language in new[] { "en", "ru", "ja" })
        {
            using var site = MiniSite.Build(Files, Settings(language));
            Assert.Empty(site.Result.Diagnostics);
        }
    }

    [Fact]
    public void The_sites_own_words_use_typographic_apostrophes_and_quotes()
    {
        foreach (var file in Directory.GetFiles(Path.Combine(RepoPaths.Theme, "i18n"), "*.json"))
        {
            using var json = System.Text.Json.JsonDocument.Parse(File.ReadAllText(file));
            foreach (var entry in json.RootElement.EnumerateObject().Where(e => e.Value.ValueKind == System.Text.Json.JsonValueKind.String))
            {
                var text = entry.Value.GetString()!;
                Assert.False(text.Contains('\'') || text.Contains('"'), $"{Path.GetFileName(file)}: {entry.Name} has a straight quote: {text}");
            }
        }
    }
}
