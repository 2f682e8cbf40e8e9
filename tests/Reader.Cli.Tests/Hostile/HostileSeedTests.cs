using System.Text.Json;
using Reader.Content;

namespace Reader.Cli.Tests.Hostile;

/// <summary>
/// Each broken or hostile seed, run through <c>reader ingest</c>: the exact message, the exit code, the status in
/// the report, and that nothing but the one article (or nothing at all) was written.
/// </summary>
public sealed class HostileSeedTests
{
    private const string Skipped = "skipped";
    private const string Created = "created";

    public static TheoryData<string, string, string, string> Cases => new()
    {
        // name, seed file, status, the message (a diagnostic line on stderr for skipped seeds, a report warning for created ones)
        { "empty", "empty.txt", Skipped, "seeds/empty.txt: warning: the seed is empty; skipped (remove it from seeds/, or save the page again)" },
        { "whitespace", "blank.txt", Skipped, "seeds/blank.txt: warning: the seed is empty; skipped (remove it from seeds/, or save the page again)" },
        { "all-chrome", "chrome.txt", Skipped, "seeds/chrome.txt: warning: not an article: only 0 words of prose; skipped (remove it from seeds/ or save the article page itself)" },
        { "menu-100k", "menu.txt", Skipped, "seeds/menu.txt: warning: not an article: only 0 words of prose; skipped (remove it from seeds/ or save the article page itself)" },
        { "binary", "image.txt", Skipped, "seeds/image.txt: warning: not a text or HTML page (binary data); skipped (remove it from seeds/)" },
        { "binary-html", "page.html", Skipped, "seeds/page.html: warning: not a text or HTML page (binary data); skipped (remove it from seeds/)" },
        { "huge", "huge.txt", Skipped, "seeds/huge.txt: warning: larger than the 20 MB limit for one page (50.0 MB); skipped (is it really one article? save the article page on its own, or remove the file from seeds/)" },
        { "broken-utf8", "broken.txt", Created, "3 bytes are not valid UTF-8 and were replaced with '\uFFFD'" },
        { "windows-1251", "ru.txt", Created, "the seed is not UTF-8 and declares no encoding; read it as windows-1251 (save it as UTF-8 if the text looks wrong)" },
        { "shift_jis", "ja.txt", Created, "the seed is not UTF-8 and declares no encoding; read it as shift_jis (save it as UTF-8 if the text looks wrong)" },
        { "nul-bytes", "nul.txt", Created, "removed 6 NUL or other control characters, which text cannot contain" },
        { "non-characters", "nonchar.txt", Created, "removed control characters or non-characters (U+FFFE, U+FFFF), which no page or feed can hold" },
        { "nested-divs", "nested.html", Created, "the page nests elements 100004 deep; elements deeper than 256 lost their tags (their text is kept)" },
        { "entities-html", "entities.html", Created, "removed control characters or non-characters (U+000E, U+FFFE, U+0001), which no page or feed can hold" },
        { "utf16-bom", "utf16.txt", Created, "" },
        { "long-line", "long.txt", Created, "" },
        { "name-spaces", "a seed with spaces.txt", Created, "" },
        { "name-unicode", "статья 日本 ü.txt", Created, "" },
        { "name-shell", "$(rm -rf ~); `echo x` 'q' \"d\" |&;<>*?.txt", Created, "" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Ingest_reports_the_seed_exactly_and_writes_only_what_it_says(string name, string file, string status, string message)
    {
        using var project = new TempProject(withSeeds: false);
        project.WriteBytes($"seeds/{file}", Bytes(name));
        var seedsBefore = project.Snapshot("seeds");
        var inputBefore = project.Snapshot("input");

        var (exit, _, error) = project.Run("ingest");

        Assert.Equal(0, exit);
        Assert.Equal(seedsBefore, project.Snapshot("seeds"));
        var seed = JsonDocument.Parse(project.Read("reports/ingest.json")).RootElement.GetProperty("seeds").EnumerateArray().Single();
        Assert.Equal(status, seed.GetProperty("status").GetString());
        var added = project.Snapshot("input").Keys.Except(inputBefore.Keys).ToList();
        if (status == Skipped)
        {
            Assert.Contains(message, error.ReplaceLineEndings("\n").Split('\n'));
            Assert.Equal(inputBefore, project.Snapshot("input"));
            return;
        }

        if (message.Length > 0)
        {
            Assert.Contains(message, seed.GetProperty("warnings").EnumerateArray().Select(w => w.GetString()));
        }

        // One article, under input/articles/, with a slug for a name, that reads back without errors.
        var article = Assert.Single(added, a => a.StartsWith(Path.Combine("input", "articles") + Path.DirectorySeparatorChar, StringComparison.Ordinal));
        Assert.True(Slug.IsValid(Path.GetFileNameWithoutExtension(article)), article);
        var diagnostics = new DiagnosticBag();
        var read = FrontMatterReader.ReadArticle(article, project.Read(article), diagnostics);
        Assert.NotNull(read);
        Assert.False(diagnostics.HasErrors, string.Join("\n", diagnostics.Items));
        Assert.Equal($"seeds/{file}", read.FrontMatter.Source);
        Assert.DoesNotContain('\0', project.Read(article));
        Assert.All(added, a => Assert.Matches(@"^input[/\\](articles|authors)[/\\][a-z0-9-]+\.md$", a));
        Assert.Equal(Expected(name), read.FrontMatter.Title);
    }

    [Fact]
    public void A_seed_with_control_characters_is_cleaned_and_every_later_build_still_works()
    {
        using var project = new TempProject(withSeeds: false);
        project.CopyTheme();
        project.WriteBytes("seeds/entities.html", HostileSeeds.HtmlWithControlEntities());
        project.WriteBytes("seeds/nonchar.txt", HostileSeeds.WithNonCharacters());

        var (exit, _, error) = project.Run("build");

        Assert.True(exit == 0, error);
        foreach (var article in Directory.GetFiles(project.PathOf("input/articles"), "*.md"))
        {
            Assert.False(UnsafeCharacters.Any(File.ReadAllText(article)), article);
        }

        System.Xml.Linq.XDocument.Load(project.PathOf("output/feed.xml"));
        Assert.Equal(0, project.Run("build").Exit);
    }

    private static string Expected(string name) => name switch
    {
        "windows-1251" => "Переговоры о мирном договоре",
        "shift_jis" => "北方領土交渉の行方",
        "long-line" => "A Very Long Line",
        _ => "Talks On The Islands Resume",
    };

    private static byte[] Bytes(string name) => name switch
    {
        "empty" => [],
        "whitespace" => HostileSeeds.Utf8(" \n\t\r\n  \n"),
        "all-chrome" => HostileSeeds.Utf8(HostileSeeds.AllChrome),
        "menu-100k" => HostileSeeds.Menu(100_000),
        "binary" => HostileSeeds.RandomBytes(20_000, seed: 1),
        "binary-html" => [.. HostileSeeds.Utf8("<!doctype html><html><body>"), .. HostileSeeds.RandomBytes(20_000, seed: 2)],
        "huge" => HostileSeeds.Huge(),
        "broken-utf8" => HostileSeeds.BrokenUtf8(),
        "windows-1251" => HostileSeeds.Encoded(HostileSeeds.Russian, "windows-1251"),
        "shift_jis" => HostileSeeds.Encoded(HostileSeeds.Japanese, "shift_jis"),
        "nul-bytes" => HostileSeeds.WithNuls(),
        "non-characters" => HostileSeeds.WithNonCharacters(),
        "entities-html" => HostileSeeds.HtmlWithControlEntities(),
        "nested-divs" => HostileSeeds.NestedDivs(100_000),
        "utf16-bom" => HostileSeeds.Utf16WithBom(HostileSeeds.Article),
        "long-line" => HostileSeeds.LongLine(),
        _ => HostileSeeds.Utf8(HostileSeeds.Article),
    };
}
